import { RecipientStatus } from '@territoria/domain';
import { defineReadType, type ReadField } from '../../common/read/read-model.js';
import { raw } from '../../common/read/sql.js';
import '../contacts/contact.read.js';
import { MailingAttachment } from './mailing-attachment.entity.js';
import { Mailing, MailingRecipient } from './mailing.entity.js';

const count = (statuses: RecipientStatus[] | null): ReadField => ({
  kind: 'value',
  sql: (row) =>
    raw(
      `(SELECT count(*)::int FROM mailing_recipients mr WHERE mr.mailing_id = ${row}.id${
        statuses ? ` AND mr.status IN (${statuses.map((status) => `'${status}'`).join(', ')})` : ''
      })`,
    ),
});

/** Mailings and their recipients are the staff's business only. */
export const MAILING_READ = defineReadType({
  name: 'Mailing',
  entity: Mailing,
  visible: (caller) => caller.kind === 'STAFF',
  fields: {
    recipientCount: count(null),
    waitingCount: count([RecipientStatus.QUEUED, RecipientStatus.SENDING]),
    sentCount: count([RecipientStatus.SENT]),
    failedCount: count([RecipientStatus.FAILED, RecipientStatus.BOUNCED]),
    attachments: {
      kind: 'many',
      type: 'MailingAttachment',
      where: (parent, child) => raw(`${child}.mailing_id = ${parent}.id`),
      orderBy: (child) => raw(`${child}.created_at, ${child}.id`),
    },
  },
});

export const MAILING_ATTACHMENT_READ = defineReadType({
  name: 'MailingAttachment',
  entity: MailingAttachment,
  visible: (caller) => caller.kind === 'STAFF',
});

export const MAILING_RECIPIENT_READ = defineReadType({
  name: 'MailingRecipient',
  entity: MailingRecipient,
  visible: (caller) => caller.kind === 'STAFF',
  fields: {
    contact: { kind: 'one', type: 'Contact', where: (parent, child) => raw(`${child}.id = ${parent}.contact_id`) },
  },
});
