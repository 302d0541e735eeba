import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { fillMergeFields, frenchSpacing } from '@territoria/domain';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { layoutMail } from './mail-layout.js';
import { MailingSigningKey, type Mailing } from './mailing.entity.js';
import { recipientValues, type RecipientValues } from './merge-values.js';
import { unsubscribeToken } from './unsubscribe-token.js';

export interface ComposedMail {
  to: string | null;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  /** The person may still be written to. */
  reachable: boolean;
}

/** Where unsubscribe links point: the server's own route. */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

/** A mailing's message for one person: merge fields filled, French spacing kept, laid out, unsubscribe link signed. */
@Injectable()
export class MailComposer {
  private key: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Without a contact (an audience of nobody), the merge fields are left empty; without a recipient row, no unsubscribe link. */
  async compose(
    manager: EntityManager,
    mailing: Mailing,
    contactId: string | null,
    recipientId: string | null,
  ): Promise<ComposedMail> {
    const [person] = contactId ? await recipientValues(manager, [contactId], mailing.editionId ?? mailing.eventId) : [];
    const values: RecipientValues['values'] = person?.values ?? {};
    const subject = frenchSpacing(fillMergeFields(mailing.subject, values))
      .replace(/[ \t\r\n]+/g, ' ')
      .trim();
    const body = frenchSpacing(fillMergeFields(mailing.body, values));
    const url = recipientId
      ? `${this.publicBase()}${UNSUBSCRIBE_PATH}/${unsubscribeToken(recipientId, await this.signingKey(manager))}`
      : null;
    const { html, text } = await layoutMail(subject, body, url);
    // RFC 8058: a mail client may unsubscribe in one click, by a POST to this address.
    const headers: Record<string, string> = url
      ? { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : {};
    return { to: person?.email ?? null, subject, html, text, headers, reachable: person?.reachable ?? false };
  }

  signingKey(manager: EntityManager): Promise<string> {
    this.key ??= manager.findOneByOrFail(MailingSigningKey, { id: 1 }).then((row) => row.secret);
    return this.key;
  }

  /** PUBLIC_URL's first address, else the address this server listens on. */
  publicBase(): string {
    if (this.config.PUBLIC_URL?.length) return this.config.PUBLIC_URL[0]!.replace(/\/$/, '');
    const address = this.adapterHost.httpAdapter?.getHttpServer()?.address() as AddressInfo | null | undefined;
    const port = address?.port ?? this.config.PORT;
    const host = ['0.0.0.0', '::'].includes(this.config.HOST) ? 'localhost' : this.config.HOST;
    return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  }
}
