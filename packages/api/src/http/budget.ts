import { isIPv6 } from 'node:net';
import { forgetFullBudgets, takeFromBudget, type BudgetRule, type BudgetTake, type Database } from '@mayviet/db';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Actor } from '../modules/accounts/actor.ts';

/** Where clients' budgets live, shared by every instance: PostgreSQL, or Redis when one is configured. */
export interface BudgetStore {
  /** Takes `cost` points from the subject's budget if it holds them, in one round trip. */
  take(subject: string, cost: number): Promise<BudgetTake>;
  close(): Promise<void>;
}

/** Whose budget a request draws on: its API key, else its signed-in user, else its client address. */
export function budgetSubject(actor: Actor, clientAddress: string): string {
  if (actor.kind === 'apiKey') return `key:${actor.key.id}`;
  if (actor.kind === 'user') return `user:${actor.user.id}`;
  return `address:${addressBlock(clientAddress)}`;
}

/**
 * An IPv4 address as it is; an IPv6 address as its /64 network, which one subscriber holds whole
 * (counting each of its addresses apart would give one client 2^64 budgets).
 */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Budgets in PostgreSQL: one row per client, one statement per request; rows that refilled are purged now and then. */
export function postgresBudgets(database: Database, rule: BudgetRule, log: Logger): BudgetStore {
  const purge = setInterval(() => {
    forgetFullBudgets(database.db, rule).catch((error: unknown) => log.warn({ err: error }, 'could not purge full budgets'));
  }, 5 * 60_000);
  purge.unref();
  return {
    take: (subject, cost) => takeFromBudget(database.db, subject, cost, rule),
    close: async () => clearInterval(purge),
  };
}

/**
 * The same leaky bucket as takeFromBudget, as a Lua script: Redis runs it atomically, on its own
 * clock (so instances' clocks need not agree), in one round trip. A key expires once its budget has
 * refilled. Numbers go back as strings: Redis would cut Lua's fractions to integers.
 */
const takeScript = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local held = redis.call('HMGET', KEYS[1], 'available', 'at')
local available = capacity
if held[1] then
  available = math.min(capacity, tonumber(held[1]) + math.max(0, now - tonumber(held[2])) * rate)
end
local granted = 0
if available >= cost then
  available = available - cost
  granted = 1
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
return { granted, tostring(available) }
`;

type TakeCommand = (key: string, capacity: number, rate: number, cost: number) => Promise<[number, string]>;

export async function redisBudgets(url: string, keyPrefix: string, rule: BudgetRule, log: Logger): Promise<BudgetStore> {
  // A request must not wait on a Redis that is away: no queue while disconnected, one try per command.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000, lazyConnect: true });
  redis.on('error', (error: Error) => log.warn({ err: error }, 'redis connection failed'));
  // Until Redis answers (it keeps reconnecting), budgets are not enforced: see createCostPlugin.
  await redis.connect().catch((error: unknown) => log.error({ err: error }, 'redis does not answer: query budgets are not enforced until it does'));
  redis.defineCommand('takeBudget', { numberOfKeys: 1, lua: takeScript });
  const takeBudget = (redis as unknown as { takeBudget: TakeCommand }).takeBudget.bind(redis);
  return {
    take: async (subject, cost) => {
      const [granted, available] = await takeBudget(`${keyPrefix}${subject}`, rule.capacity, rule.restorePerSecond, cost);
      return { granted: granted === 1, available: Number(available) };
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
