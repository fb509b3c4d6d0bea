import pino, { type DestinationStream, type Logger } from 'pino';

/** Structured JSON logs; credentials never reach them. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'mayviet-api' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'databaseUrl'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
