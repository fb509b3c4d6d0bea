import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../client.ts';
import { toDate } from './fragments.ts';

/**
 * Counts one hit in a fixed window shared by every API instance and returns the window's count and end;
 * the subject's older windows are removed in the same statement.
 */
export async function hitRateLimit(
  db: Db,
  limit: { bucket: string; subject: string; windowSeconds: number },
): Promise<{ hits: number; resetAt: Date }> {
  const windowStart = sql`to_timestamp(floor(extract(epoch from now()) / ${limit.windowSeconds}) * ${limit.windowSeconds})`;
  const [row] = await queryRows<{ hits: number; resetAt: Date | string }>(
    db,
    sql`with expired as (
          delete from rate_limit_hits
          where bucket = ${limit.bucket} and subject = ${limit.subject} and window_start < ${windowStart}
        )
        insert into rate_limit_hits (bucket, subject, window_start, hits)
        values (${limit.bucket}, ${limit.subject}, ${windowStart}, 1)
        on conflict (bucket, subject, window_start) do update set hits = rate_limit_hits.hits + 1
        returning hits, window_start + make_interval(secs => ${limit.windowSeconds}) as "resetAt"`,
  );
  return { hits: row!.hits, resetAt: toDate(row!.resetAt)! };
}
