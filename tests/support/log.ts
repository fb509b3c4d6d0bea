import { createLogger } from '@mayviet/api';

/** The server's own logger, writing its JSON lines where the test can read them. */
export function capturedLog() {
  const lines: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void lines.push(line) });
  return {
    log,
    text: () => lines.join(''),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown> & { msg?: string }),
  };
}
