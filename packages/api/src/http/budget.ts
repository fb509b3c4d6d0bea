import { isIPv6 } from 'node:net';
import { chargeBudgets, forgetFullBudgets, takeFromBudget, type BudgetRule, type BudgetTake, type Database } from '@mayviet/db';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Actor } from '../modules/accounts/actor.ts';

/** Clients' budgets as a request draws on them. */
export interface BudgetStore {
  /**
   * Takes `cost` points from the subject's budget if it holds them. `locally`: from what this instance
   * knows of the budget, without asking the shared store, for an operation whose request holds a read
   * snapshot (a page's later queries): on the embedded database, whose one connection the snapshot holds,
   * the store's statement would wait for the snapshot, which waits for it.
   */
  take(subject: string, cost: number, locally?: boolean): Promise<BudgetTake>;
  /** Settles what was spent, then lets go of the store. */
  close(): Promise<void>;
}

/** Where clients' budgets live, shared by every instance: PostgreSQL, or Redis when one is configured. */
interface SharedBudgets {
  /** Takes `cost` points from the subject's budget if it holds them, in one round trip. */
  take(subject: string, cost: number): Promise<BudgetTake>;
  /** Takes what an instance spent on its own from each budget, whatever it holds, in one round trip: the points left. */
  charge(spent: { subject: string; points: number }[]): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** How long an instance spends a budget on its own after it last heard what the shared store holds. */
const trustMs = 1000;
/** How often what an instance spent on its own is taken from the shared store. */
const settleMs = 200;

interface KnownBudget {
  /** what the shared store held… */
  available: number;
  /** …at this moment (performance.now()) */
  at: number;
  /** spent here since, not yet taken from the store */
  unsettled: number;
}

/**
 * A round trip to the shared store for every request would cost more than many requests themselves (a third
 * of the throughput of the cheapest), so each instance spends a budget on its own for a second after it
 * last heard the store's figure, and takes what it spent from the store every 200 ms, in one statement for
 * all clients. The price of it: for a second, an instance does not see what the others spend, so a client
 * spreading a burst over n instances may spend up to n budgets at once; the store then holds a debt, and
 * the client is refused everywhere until it has paid it back at the restore rate. The long-run rate holds
 * exactly. A refusal is certain (the others only spend more), so before answering one the instance settles
 * what it spent, and every instance refuses too.
 */
function spentLocally(shared: SharedBudgets, rule: BudgetRule, log: Logger): BudgetStore {
  const known = new Map<string, KnownBudget>();
  let settling: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const held = (budget: KnownBudget, at: number) =>
    Math.min(rule.capacity, budget.available + ((at - budget.at) / 1000) * rule.restorePerSecond) - budget.unsettled;

  async function settleOnce() {
    for (const [subject, budget] of known) {
      if (budget.unsettled === 0 && performance.now() - budget.at >= trustMs) known.delete(subject);
    }
    const spent = [...known].filter(([, budget]) => budget.unsettled > 0).map(([subject, budget]) => ({ subject, points: budget.unsettled }));
    if (spent.length === 0) return;
    for (const { subject, points } of spent) known.get(subject)!.unsettled -= points;
    try {
      const left = await shared.charge(spent);
      const at = performance.now();
      for (const [subject, available] of left) {
        const budget = known.get(subject);
        if (budget) Object.assign(budget, { available, at });
      }
    } catch (error) {
      for (const { subject, points } of spent) {
        const budget = known.get(subject);
        if (budget) budget.unsettled += points;
      }
      log.warn({ err: error }, 'could not take the budgets spent here from the store; trying again');
      later();
    }
  }

  function settle(): Promise<void> {
    settling ??= settleOnce().finally(() => (settling = null));
    return settling;
  }

  function later() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void settle();
    }, settleMs);
    timer.unref();
  }

  return {
    async take(subject, cost, locally = false) {
      const budget = known.get(subject);
      if (budget && (locally || performance.now() - budget.at < trustMs)) {
        const available = held(budget, performance.now());
        if (available >= cost) {
          budget.unsettled += cost;
          later();
          return { granted: true, available: available - cost };
        }
        if (locally) return { granted: false, available };
        // A settle under way may not hold all of this budget's spending: the one after it does.
        await settle();
        if (budget.unsettled > 0) await settle();
        return { granted: false, available: held(budget, performance.now()) };
      }
      const taken = await shared.take(subject, cost);
      known.set(subject, { available: taken.available, at: performance.now(), unsettled: known.get(subject)?.unsettled ?? 0 });
      // Settling also forgets the budgets no request has asked for in a while.
      later();
      return taken;
    },
    async close() {
      if (timer) clearTimeout(timer);
      await settle();
      if ([...known.values()].some((budget) => budget.unsettled > 0)) await settle();
      await shared.close();
    },
  };
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
  // Every IPv6 address, IPv4-mapped ones too, has a colon: the rest (IPv4, 'unknown') are kept as they are.
  if (!address.includes(':')) return address;
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

/** Budgets in PostgreSQL, one row per client; rows that refilled are purged now and then. */
export function postgresBudgets(database: Database, rule: BudgetRule, log: Logger): BudgetStore {
  const purge = setInterval(() => {
    forgetFullBudgets(database.db, rule).catch((error: unknown) => log.warn({ err: error }, 'could not purge full budgets'));
  }, 5 * 60_000);
  purge.unref();
  const shared: SharedBudgets = {
    take: (subject, cost) => takeFromBudget(database.db, subject, cost, rule),
    charge: (spent) => chargeBudgets(database.db, spent, rule),
    close: async () => clearInterval(purge),
  };
  return spentLocally(shared, rule, log);
}

/**
 * The same leaky bucket as takeFromBudget and chargeBudgets, as a Lua script: Redis runs it atomically, on
 * its own clock (so instances' clocks need not agree). ARGV[4] is 1 to take the points whatever the budget
 * holds (what an instance spent on its own), 0 to take them only if it holds them. A key expires once its
 * budget has refilled. Numbers go back as strings: Redis would cut Lua's fractions to integers.
 */
const budgetScript = `
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
if available >= cost or ARGV[4] == '1' then
  available = available - cost
  granted = 1
end
redis.call('HSET', KEYS[1], 'available', tostring(available), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
return { granted, tostring(available) }
`;

type BudgetCommand<T> = (key: string, capacity: number, rate: number, cost: number, whatever: 0 | 1) => T;
interface BudgetCommands {
  budget: BudgetCommand<Promise<[number, string]>>;
  pipeline(): { budget: BudgetCommand<unknown>; exec(): Promise<[Error | null, [number, string]][] | null> };
}

export async function redisBudgets(url: string, keyPrefix: string, rule: BudgetRule, log: Logger): Promise<BudgetStore> {
  // A request must not wait on a Redis that is away: no queue while disconnected, one try per command.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000, lazyConnect: true });
  redis.on('error', (error: Error) => log.warn({ err: error }, 'redis connection failed'));
  // Until Redis answers (it keeps reconnecting), budgets are not enforced: see createCostPlugin.
  await redis.connect().catch((error: unknown) => log.error({ err: error }, 'redis does not answer: query budgets are not enforced until it does'));
  redis.defineCommand('budget', { numberOfKeys: 1, lua: budgetScript });
  const commands = redis as unknown as BudgetCommands;
  const shared: SharedBudgets = {
    take: async (subject, cost) => {
      const [granted, available] = await commands.budget(`${keyPrefix}${subject}`, rule.capacity, rule.restorePerSecond, cost, 0);
      return { granted: granted === 1, available: Number(available) };
    },
    charge: async (spent) => {
      const pipeline = commands.pipeline();
      for (const { subject, points } of spent) pipeline.budget(`${keyPrefix}${subject}`, rule.capacity, rule.restorePerSecond, points, 1);
      const answers = (await pipeline.exec()) ?? [];
      return new Map(
        answers.map(([error, answer], i) => {
          if (error) throw error;
          return [spent[i]!.subject, Number(answer[1])] as const;
        }),
      );
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
  return spentLocally(shared, rule, log);
}
