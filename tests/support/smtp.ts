import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './wait.ts';

/** A mail as the in-process SMTP server received it. */
export interface ReceivedMail {
  /** the envelope's recipients */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string | null;
  headers: Map<string, unknown>;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:<port>, for the server's SMTP_URL setting */
  url: string;
  received: ReceivedMail[];
  /** waits for a mail to this address whose subject matches, and returns it */
  mailTo(address: string, subject?: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  /** makes the next `count` deliveries fail with a temporary error (451), to test retries */
  failNext(count: number): void;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that keeps what it receives, parsed (mailparser). */
export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (failures > 0) {
        failures -= 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? null,
            headers: mail.headers as Map<string, unknown>,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async mailTo(address, subject, timeoutMs = 15_000) {
      const wanted = address.toLowerCase();
      const matches = () => received.filter((m) => m.to.includes(wanted) && (!subject || subject.test(m.subject)));
      const found = await eventually(async () => matches(), (list) => list.length > 0, `a mail to ${address}${subject ? ` matching ${subject}` : ''}`, timeoutMs);
      return found[found.length - 1]!;
    },
    failNext(count) {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
