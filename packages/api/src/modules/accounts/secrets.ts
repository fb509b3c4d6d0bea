import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords (scrypt), session tokens and API keys. Only hashes are stored; the plain values are shown once.

const scryptParams = { N: 16384, r: 8, p: 1 };
const keyLength = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, keyLength, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** "scrypt$N$r$p$salt$hash" with salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, scryptParams);
  return ['scrypt', scryptParams.N, scryptParams.r, scryptParams.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to check against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
export const decoyPasswordHash = await hashPassword(randomBytes(16).toString('base64url'));

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export const apiKeyScopes = ['listings:read', 'listings:write', 'quotes:read'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

const keyPattern = /^(mv_live_[a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/** A new key "mv_live_<10 characters>_<43 characters>": the prefix is public, the whole is the secret. */
export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = `mv_live_${randomBytes(10).toString('hex').slice(0, 10)}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: sha256(key) };
}

/** The prefix of something shaped like one of our keys, or null. */
export function apiKeyPrefix(key: string): string | null {
  return keyPattern.exec(key)?.[1] ?? null;
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
