import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, string>;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
}

/**
 * A real SMTP server on a free port collecting what it receives. `holdFrom(n)` keeps the n-th
 * message and those after it waiting (not yet accepted) until `release()`; `down()` stops
 * listening (connections are refused) until `up()` listens again on the same port.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  held = 0;
  /** Addresses refused at RCPT TO with this answer. */
  readonly refuse = new Map<string, string>();
  private holdFromCount = Infinity;
  private releaseHeld: (() => void)[] = [];
  private waiters: (() => void)[] = [];
  private server = this.createServer();
  port = 0;

  private createServer(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const answer = this.refuse.get(address.address);
        if (!answer) return callback();
        const error = new Error(answer) as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      },
      onData: (stream, session, callback) => {
        void simpleParser(stream).then(async (parsed) => {
          const accepted = this.received.length + this.held;
          if (accepted + 1 >= this.holdFromCount) {
            this.held++;
            this.notify();
            await new Promise<void>((resolve) => this.releaseHeld.push(resolve));
            this.held--;
          }
          this.received.push({
            to: session.envelope.rcptTo.map((address) => address.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: new Map(parsed.headerLines.map((line) => [line.key, line.line.slice(line.key.length + 1).trim()])),
            attachments: parsed.attachments.map((file) => ({
              fileName: file.filename ?? '',
              contentType: file.contentType,
              content: file.content,
            })),
          });
          this.notify();
          callback();
        });
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    this.release();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The server goes away: connections to its port are refused. */
  down(): Promise<void> {
    return this.stop();
  }

  /** The server is back, on the same port. */
  async up(): Promise<void> {
    this.server = this.createServer();
    await this.start();
  }

  holdFrom(count: number): void {
    this.holdFromCount = count;
  }

  release(): void {
    this.holdFromCount = Infinity;
    for (const resolve of this.releaseHeld.splice(0)) resolve();
  }

  /** Resolves once the condition holds (checked on every message). */
  async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
