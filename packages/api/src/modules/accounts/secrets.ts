import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import type { ApiKeyMode } from '@mayviet/db';

// Passwords (scrypt), session tokens and API keys. Only hashes are stored; the plain values are shown once.

/**
 * OWASP's Password Storage Cheat Sheet: scrypt with N=2^17 (128 MiB of memory), r=8, p=1. Hashes made at a
 * lower cost (N=16384 before) still verify, and are replaced at their owner's next sign-in.
 */
const scryptParams = { N: 2 ** 17, r: 8, p: 1 };
const keyLength = 32;

interface ScryptHash {
  params: { N: number; r: number; p: number };
  salt: Buffer;
  hash: Buffer;
}

function scrypt(password: string, salt: Buffer, params: ScryptHash['params']): Promise<Buffer> {
  // Node refuses to use more than maxmem (32 MiB unless raised); scrypt needs 128·N·r bytes.
  const maxmem = 2 * 128 * params.N * params.r;
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, keyLength, { ...params, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** At most twice today's memory: a damaged row must not make one sign-in take gigabytes. */
const maxScryptMemory = 2 * 128 * scryptParams.N * scryptParams.r;

/** "scrypt$N$r$p$salt$hash"; null for anything else, or for a cost no hash of ours has. */
function parseHash(stored: string): ScryptHash | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const sane =
    Number.isInteger(Math.log2(params.N)) &&
    params.N >= 2 &&
    [params.r, params.p].every((value) => Number.isInteger(value) && value >= 1 && value <= 16) &&
    128 * params.N * params.r <= maxScryptMemory;
  if (scheme !== 'scrypt' || !salt || !hash || rest.length > 0 || !sane) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

/** "scrypt$N$r$p$salt$hash" with salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, scryptParams);
  return ['scrypt', scryptParams.N, scryptParams.r, scryptParams.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, parsed.params);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** A hash made at another cost than today's: to be replaced once its password is known right. */
export function hashNeedsUpgrade(stored: string): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.params.N !== scryptParams.N || parsed.params.r !== scryptParams.r || parsed.params.p !== scryptParams.p;
}

/**
 * For an unknown e-mail: the work of checking a password against a hash of today's cost (hashing it once
 * more), so a wrong e-mail takes as long as a wrong password.
 */
export async function checkAgainstNoAccount(password: string): Promise<false> {
  await hashPassword(password);
  return false;
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export const apiKeyScopes = ['listings:read', 'listings:write', 'quotes:read', 'quotes:write'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

const keyPattern = /^(mv_(?:live|test)_[a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/**
 * A new key "mv_live_<10 characters>_<43 characters>" ("mv_test_…" for a TEST key): the prefix is public,
 * the whole is the secret.
 */
export function newApiKey(mode: ApiKeyMode = 'LIVE'): { key: string; prefix: string; secretHash: string } {
  const prefix = `mv_${mode.toLowerCase()}_${randomBytes(10).toString('hex').slice(0, 10)}`;
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
