import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { MailComposer } from './mail-composer.js';
import { Mailing, MailingRecipient } from './mailing.entity.js';
import { verifyUnsubscribeToken } from './unsubscribe-token.js';

export type UnsubscribeOutcome = 'INVALID' | 'UNSUBSCRIBED' | 'ALREADY';

/** Who withdraws consent through a link: the person, whom the audit trail names by the mailing. */
const LINK_ACTOR = (subject: string): Actor => ({ kind: 'SYSTEM', label: `unsubscribe link: ${subject}`.slice(0, 320) });

@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly composer: MailComposer,
    private readonly contacts: ContactsService,
  ) {}

  /** Whether a token is one this server signed (the confirmation page asks nothing more). */
  async isValid(token: string): Promise<boolean> {
    return verifyUnsubscribeToken(token, await this.composer.signingKey(this.dataSource.manager)) !== null;
  }

  /** Withdraws the person's consent, audited; an altered token is refused, a replayed one changes nothing. */
  async unsubscribe(token: string): Promise<UnsubscribeOutcome> {
    const recipientId = verifyUnsubscribeToken(token, await this.composer.signingKey(this.dataSource.manager));
    if (!recipientId) return 'INVALID';
    return this.dataSource.transaction(async (manager) => {
      const recipient = await manager.findOneBy(MailingRecipient, { id: recipientId });
      if (!recipient) return 'INVALID';
      const mailing = await manager.findOneByOrFail(Mailing, { id: recipient.mailingId });
      const withdrawn = await this.contacts.withdrawConsent(
        recipient.contactId,
        `Unsubscribe link of the mailing "${mailing.subject}"`,
        LINK_ACTOR(mailing.subject),
        manager,
      );
      if (!recipient.unsubscribedAt) await manager.update(MailingRecipient, { id: recipientId }, { unsubscribedAt: new Date() });
      return withdrawn ? 'UNSUBSCRIBED' : 'ALREADY';
    });
  }
}
