import pino, { type DestinationStream, type Logger } from 'pino';

// drizzle's DrizzleQueryError writes a failed statement's values into its message ("Failed query: …\nparams:
// a,b,c") and keeps them in `params`; PGlite's errors carry `params` too, and PostgreSQL's own `detail` can
// quote them ("Failing row contains (…)", "Key (email)=(…) already exists"). Those values are secrets,
// hashes and e-mails: an error reaches the log only through safeError, and every logged string loses
// its "params:" tail.
const parametersTail = /\nparams: [\s\S]*$/;

/** `text` without the statement values drizzle appends to a failed query's message. */
export function withoutParameters(text: string): string {
  return text.replace(parametersTail, '');
}

/** What PostgreSQL (either driver) says about a failure that names no value: kept for the operator. */
const databaseFields = [
  'code',
  'severity',
  'constraint',
  'constraint_name',
  'table',
  'table_name',
  'column',
  'column_name',
  'schema',
  'schema_name',
  'dataType',
  'data_type_name',
  'routine',
  'hint',
] as const;

const maxDepth = 5;

function isErrorLike(value: unknown): value is Error {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as Error).message === 'string' && 'stack' in value);
}

/** The stack's frames under a message that has lost its values: the original stack repeats the message. */
function framesOf(error: Error): string {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

/**
 * An error as the log may keep it: its type, message and stack without statement values, the statement
 * text (placeholders only), PostgreSQL's code, constraint, table and column, and the same of its causes.
 * Never `params`, `parameters`, `detail` or any other field.
 */
export function safeError(value: unknown, depth = 0): unknown {
  if (!isErrorLike(value)) return value;
  const error = value as Error & Record<string, unknown>;
  const type = error.constructor?.name && error.constructor.name !== 'Object' ? error.constructor.name : error.name;
  const message = withoutParameters(error.message);
  const safe: Record<string, unknown> = { type, message, stack: `${type}: ${message}\n${framesOf(error)}` };
  if (typeof error.query === 'string') safe.query = error.query.slice(0, 2000);
  for (const field of databaseFields) {
    const fieldValue = error[field];
    if (typeof fieldValue === 'string' || typeof fieldValue === 'number') safe[field] = fieldValue;
  }
  const extensions = error.extensions as { code?: unknown } | undefined;
  if (typeof extensions?.code === 'string') safe.extensionsCode = extensions.code;
  if (Array.isArray(error.path)) safe.path = error.path;
  if (depth < maxDepth) {
    const cause = error.cause ?? error.originalError;
    if (cause !== undefined && cause !== null) safe.cause = safeError(cause, depth + 1);
    if (Array.isArray(error.errors)) safe.errors = error.errors.slice(0, 10).map((inner: unknown) => safeError(inner, depth + 1));
  }
  return safe;
}

/** A failure in one line for a person (the CLI), made as safeError makes it for the log: no statement values. */
export function describeFailure(value: unknown): string {
  const messages: string[] = [];
  for (let error: unknown = value, depth = 0; error !== undefined && error !== null && depth <= maxDepth; depth += 1) {
    if (!isErrorLike(error)) {
      messages.push(withoutParameters(String(error)));
      break;
    }
    messages.push(withoutParameters(error.message));
    error = error.cause;
  }
  return messages.join(': ');
}

/** Structured JSON logs; credentials and a failed statement's values never reach them. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'mayviet-api' },
      serializers: { err: safeError, error: safeError, cause: safeError },
      hooks: {
        // pino makes an error passed first into `err` and its message into the line's msg: both made safe
        // here, and so is any message written from an error's text (Apollo's logger, String(error)).
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          const strings = (values: unknown[]) => values.map((item) => (typeof item === 'string' ? withoutParameters(item) : item));
          if (isErrorLike(first)) {
            const message = rest.length > 0 ? strings(rest) : [withoutParameters(first.message)];
            return method.apply(this, [{ err: first }, ...message] as Parameters<typeof method>);
          }
          return method.apply(this, strings(args as unknown[]) as Parameters<typeof method>);
        },
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'databaseUrl'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
