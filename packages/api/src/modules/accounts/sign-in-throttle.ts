import { lockSignInFailures, saveSignInFailures, type Db, type SignInCounter, type SignInScope, type SignInSubjects } from '@mayviet/db';
import { sha256 } from './secrets.ts';

/**
 * How failed sign-ins are throttled, after OWASP's Authentication Cheat Sheet (Login Throttling, Account
 * Lockout):
 * - The counter belongs to the account, not to the address alone, or a guesser just changes address. But
 *   locking the account itself would let anyone lock its owner out, which the cheat sheet warns against
 *   (a lockout must not become a denial of service). So the growing wait is per account *and* address: the
 *   address that keeps failing waits, the owner's own address does not.
 * - The wait is the cheat sheet's exponential lockout: short at first and doubling with each further
 *   failure, so an owner who mistypes a few times waits seconds while a guesser soon waits an hour.
 * - Past a ceiling per account (failures from all addresses), every address that has failed on that
 *   account waits for the window's end, which slows a guess spread over many addresses to one try per
 *   fresh address; an address that has not failed still gets its try, so the owner still gets in.
 * - A ceiling per address (failures on all accounts) slows password spraying; it is high enough that an
 *   office behind one NAT never meets it by mistyping (the old 50 attempts in 15 minutes, successes
 *   included, did).
 * Only failures count: an attempt is counted as failed while its password is checked, and forgiven when it
 * proves right, which also clears its pair.
 */
export const signInLimits = {
  /** failures one address may have on one account before each further try waits */
  freeFailuresPerPair: 5,
  /** the first wait after those; each further failure doubles it */
  firstDelaySeconds: 2,
  /** the longest wait of a pair */
  maxDelaySeconds: 3600,
  /** a pair's failures are forgotten this long after its last one (and at once after a success) */
  pairMemorySeconds: 86_400,
  /** the ceilings count failures in a window opened by the first of them */
  windowSeconds: 3600,
  /** failures on one account, from every address, in a window */
  failuresPerAccount: 20,
  /** failures from one address, on every account, in a window */
  failuresPerAddress: 100,
} as const;

export type SignInClaim = { allowed: true } | { allowed: false; retryAt: Date; scope: SignInScope };

const later = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/** How long a pair with this many failures waits after its last one. */
function pairDelaySeconds(failures: number): number {
  if (failures < signInLimits.freeFailuresPerPair) return 0;
  return Math.min(signInLimits.firstDelaySeconds * 2 ** (failures - signInLimits.freeFailuresPerPair), signInLimits.maxDelaySeconds);
}

/** A counter as it stands at `now`: the failures of a window that has ended count nothing. */
function standing(counter: SignInCounter, ends: Date, now: Date) {
  const over = now >= ends;
  return {
    failures: over ? 0 : counter.failures,
    /** the counter with this attempt counted as a failure */
    counted: { failures: (over ? 0 : counter.failures) + 1, windowStartedAt: over ? now : counter.windowStartedAt, lastFailedAt: now },
  };
}

function judge(counters: Record<SignInScope, SignInCounter>, now: Date): (SignInClaim & { allowed: false }) | { allowed: true; counters: Record<SignInScope, SignInCounter> } {
  const addressEnds = later(counters.address.windowStartedAt, signInLimits.windowSeconds);
  const accountEnds = later(counters.account.windowStartedAt, signInLimits.windowSeconds);
  const address = standing(counters.address, addressEnds, now);
  const account = standing(counters.account, accountEnds, now);
  const pair = standing(counters.pair, later(counters.pair.lastFailedAt, signInLimits.pairMemorySeconds), now);
  const pairWaitEnds = later(counters.pair.lastFailedAt, pairDelaySeconds(pair.failures));

  if (address.failures >= signInLimits.failuresPerAddress) return { allowed: false, retryAt: addressEnds, scope: 'address' };
  if (account.failures >= signInLimits.failuresPerAccount && pair.failures > 0) {
    return { allowed: false, retryAt: pairWaitEnds > accountEnds ? pairWaitEnds : accountEnds, scope: 'account' };
  }
  if (now < pairWaitEnds) return { allowed: false, retryAt: pairWaitEnds, scope: 'pair' };
  return { allowed: true, counters: { pair: pair.counted, account: account.counted, address: address.counted } };
}

/** The account (by a hash of its e-mail, known or not) and the address an attempt is counted under. */
export function signInSubjects(email: string, clientAddress: string): SignInSubjects {
  const account = sha256(email);
  return { pair: `${account} ${clientAddress}`, account, address: clientAddress };
}

/**
 * Decides whether an attempt may check its password and, when it may, counts it as failed already: two
 * attempts at once cannot both slip through one free try. A right password is forgiven afterwards
 * (forgiveSignInAttempt). The counters are locked only for this short transaction, never while a
 * password is hashed.
 */
export function claimSignInAttempt(db: Db, subjects: SignInSubjects): Promise<SignInClaim> {
  return db.transaction(async (tx) => {
    const { now, counters } = await lockSignInFailures(tx, subjects, signInLimits.pairMemorySeconds);
    const verdict = judge(counters, now);
    if (!verdict.allowed) return verdict;
    await saveSignInFailures(tx, subjects, verdict.counters);
    return { allowed: true };
  });
}
