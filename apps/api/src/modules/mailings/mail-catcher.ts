import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  receivedAt: string;
  /** The envelope's recipients. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  /** What was attached (names and sizes: the content is not kept). */
  attachments: { fileName: string; sizeBytes: number }[];
}

/** How many caught messages are kept (the oldest go first). */
const KEPT = 500;

/**
 * An SMTP server on a free local port that keeps what it receives in memory: where mail goes when
 * no SMTP_URL is set, so a new installation shows the mail it would have sent.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          this.messages.unshift({
            id: randomUUID(),
            receivedAt: new Date().toISOString(),
            to: session.envelope.rcptTo.map((address) => address.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            headers: Object.fromEntries(
              parsed.headerLines.map((line) => [line.key, line.line.slice(line.key.length + 1).trim()]),
            ),
            attachments: parsed.attachments.map((file) => ({ fileName: file.filename ?? '', sizeBytes: file.size })),
          });
          this.messages.splice(KEPT);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
