import { Module } from '@nestjs/common';
import type { ApiModule } from '../../common/api-module.js';
import { Mailing, MailingRecipient, MailingSigningKey } from './mailing.entity.js';
import { MailingAttachment } from './mailing-attachment.entity.js';
import { MailingAttachmentsController } from './mailing-attachments.controller.js';
import { MailingAttachmentsService } from './mailing-attachments.service.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { MailCatcherController } from './mail-catcher.controller.js';
import { MailComposer } from './mail-composer.js';
import { MailTransport } from './mail-transport.js';
import { MailingSender } from './mailing-sender.js';
import { MailingRecipientsResolver, MailingsResolver } from './mailings.resolver.js';
import { MailingsService } from './mailings.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';
import { UnsubscribeService } from './unsubscribe.service.js';

/** Mailings to the network: compose, attach files and dues letters, preview, test, send at a steady rate, unsubscribe in one click. */
@Module({
  imports: [AuditModule, AuthModule, ContactsModule, DocumentsModule],
  controllers: [UnsubscribeController, MailCatcherController, MailingAttachmentsController],
  providers: [
    MailingsService,
    MailingsResolver,
    MailingRecipientsResolver,
    MailTransport,
    MailComposer,
    MailingSender,
    MailingAttachmentsService,
    UnsubscribeService,
  ],
})
export class MailingsModule {}

/** What mailings add to the API (listed in modules/index.ts). */
export const mailingsModule: ApiModule = {
  module: MailingsModule,
  entities: [Mailing, MailingRecipient, MailingAttachment, MailingSigningKey],
  resolvers: [MailingsResolver, MailingRecipientsResolver],
};
