import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MailCatcher } from './mail-catcher.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { fileName: string; contentType: string; content: Buffer }[];
}

/** An SMTP server's refusal or an error on the way, as recorded on the recipient. */
export interface SendFailure {
  /** The server refused the address itself: it will not accept it later either. */
  bounced: boolean;
  /** A refusal for good (5xx): retrying would not help. */
  permanent: boolean;
  response: string;
}

/**
 * Sends through SMTP_URL, or, without it (outside production), through the embedded mail catcher,
 * started with the server so that its page (/mail-catcher) is there from the first minute.
 */
@Injectable()
export class MailTransport implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private transporter: Promise<Transporter> | null = null;
  private catcher: MailCatcher | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Whether mail can go anywhere at all (production without SMTP_URL sends nothing). */
  get configured(): boolean {
    return !!this.config.SMTP_URL || !this.config.isProduction;
  }

  /** The embedded catcher's messages, or null when mail goes to a real server. */
  async caught(): Promise<MailCatcher['messages'] | null> {
    if (this.config.SMTP_URL || this.config.isProduction) return null;
    await this.transport();
    return this.catcher!.messages;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SMTP_URL && !this.config.isProduction) await this.transport();
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string; response: string }> {
    const transporter = await this.transport();
    const { attachments, ...message } = mail;
    const info = (await transporter.sendMail({
      from: this.config.MAIL_FROM,
      ...message,
      attachments: attachments?.map((file) => ({
        filename: file.fileName,
        contentType: file.contentType,
        content: file.content,
      })),
    })) as {
      messageId: string;
      response: string;
    };
    return { messageId: info.messageId, response: info.response };
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.transporter) return;
    (await this.transporter).close();
    await this.catcher?.stop();
  }

  private transport(): Promise<Transporter> {
    this.transporter ??= this.createTransport();
    return this.transporter;
  }

  private async createTransport(): Promise<Transporter> {
    if (this.config.SMTP_URL) return nodemailer.createTransport(this.config.SMTP_URL);
    this.catcher = new MailCatcher();
    const port = await this.catcher.start();
    this.logger.log(`No SMTP_URL: mail goes to the embedded mail catcher (SMTP port ${port}), shown at /mail-catcher.`);
    return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  }
}

/** Reads nodemailer's error: the SMTP answer when there is one, the network error otherwise. */
export function describeFailure(error: unknown): SendFailure {
  const smtp = error as { responseCode?: number; response?: string; command?: string; code?: string; message?: string };
  const code = smtp.responseCode ?? 0;
  const response = smtp.response ?? [smtp.code, smtp.message].filter(Boolean).join(': ');
  return {
    permanent: code >= 500,
    bounced: code >= 500 && (smtp.command === 'RCPT TO' || smtp.code === 'EENVELOPE'),
    response: response.slice(0, 2000) || 'Unknown error',
  };
}
