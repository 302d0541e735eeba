import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DuesLetterKind,
  FeeStatus,
  isMergeField,
  MAILING_BODY_MAX_BYTES,
  MailingStatus,
  mergeFieldsIn,
  RecipientStatus,
} from '@territoria/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode, type FieldError, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { callerOf } from '../../common/read/caller.js';
import { raw, sql } from '../../common/read/sql.js';
import { visibleRow } from '../../common/read/visibility.js';
import { actorLabel, type Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { ContactsService } from '../contacts/contacts.service.js';
import type { ContactFilter } from '../contacts/dto/contact.inputs.js';
import type { CreateMailingInput, MailingAudienceInput, MailingPreview, UpdateMailingInput } from './dto/mailing.inputs.js';
import { MailComposer } from './mail-composer.js';
import { assertDraft, MailingRefusedError } from './mailing-rules.js';
import { MailingAttachmentsService } from './mailing-attachments.service.js';
import { MailTransport } from './mail-transport.js';
import { Mailing } from './mailing.entity.js';
import { currentCollectivityJoin } from './merge-values.js';

export const SEND_QUEUE = 'mailing-send';

/** The stored status of the dues each letter is for (LATE is computed from INVOICED). */
const DUES_LETTER_FEE_STATUS: Record<DuesLetterKind, string> = {
  [DuesLetterKind.CALL]: FeeStatus.INVOICED,
  [DuesLetterKind.RECEIPT]: FeeStatus.PAID,
};

const audienceColumns = (audience: MailingAudienceInput | undefined) =>
  audience
    ? {
        groupId: audience.groupId ?? null,
        collectivityId: audience.collectivityId ?? null,
        eventId: audience.eventId ?? null,
        positionKind: audience.positionKind ?? null,
        memberCollectivities: audience.memberCollectivities ?? false,
        partners: audience.partners ?? false,
      }
    : {};

/** The contacts list's filter a mailing's stored audience stands for. */
export function audienceFilter(mailing: Mailing): ContactFilter {
  return {
    groupId: mailing.groupId ?? undefined,
    collectivityId: mailing.collectivityId ?? undefined,
    eventId: mailing.eventId ?? undefined,
    positionKind: mailing.positionKind ?? undefined,
    memberCollectivities: mailing.memberCollectivities || undefined,
    partners: mailing.partners || undefined,
  };
}

@Injectable()
export class MailingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
    private readonly contacts: ContactsService,
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
    private readonly composer: MailComposer,
    private readonly attachments: MailingAttachmentsService,
  ) {}

  create(input: CreateMailingInput, actor: Actor): Promise<Mailing> {
    const values = {
      subject: input.subject,
      body: input.body,
      editionId: input.editionId ?? null,
      duesLetter: input.duesLetter ?? null,
      duesYear: input.duesYear ?? null,
      ...audienceColumns(input.audience),
      createdBy: actorLabel(actor),
    };
    checkMailing({ ...values, eventId: values.eventId ?? null });
    return this.writes.create(Mailing, 'Mailing', values, actor);
  }

  update(id: string, input: UpdateMailingInput, actor: Actor): Promise<Mailing> {
    const { audience, ...fields } = input;
    return this.writes.update(Mailing, 'Mailing', id, { ...fields, ...audienceColumns(audience) }, actor, (current, next) => {
      assertDraft(current);
      checkMailing(next);
    });
  }

  remove(id: string, actor: Actor): Promise<Mailing> {
    return this.writes.remove(Mailing, 'Mailing', id, actor, (current) => assertDraft(current));
  }

  /** How many people the mailing would reach today, and the message the first of them would get. */
  async preview(id: string, actor: Actor, contactId?: string): Promise<MailingPreview> {
    const mailing = await this.found(this.dataSource.manager, id);
    const [{ count, first }] = (await this.audience(this.dataSource.manager, mailing, actor, 'preview')) as {
      count: number;
      first: string | null;
    }[] as [{ count: number; first: string | null }];
    const sampleId = contactId ?? first;
    const message = await this.composer.compose(this.dataSource.manager, mailing, sampleId, null);
    return {
      recipientCount: count,
      contactId: sampleId,
      email: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
    };
  }

  /** The message as the first recipient would get it, to the sender's own address; nothing is recorded. */
  async sendTest(id: string, actor: Actor): Promise<string> {
    if (actor.kind !== 'USER')
      throw new MailingRefusedError(
        ErrorCode.BAD_USER_INPUT,
        'NO_ADDRESS',
        'Only a signed-in user has an address to send a test to.',
      );
    this.assertCanSend();
    const mailing = await this.found(this.dataSource.manager, id);
    const [{ first, first_fee }] = (await this.audience(this.dataSource.manager, mailing, actor, 'preview')) as [
      { first: string | null; first_fee: string | null },
    ];
    const [user] = (await this.dataSource.query('SELECT email FROM users WHERE id = $1', [actor.userId])) as { email: string }[];
    const message = await this.composer.compose(this.dataSource.manager, mailing, first, null);
    const shared = await this.attachments.forMailing(this.dataSource.manager, id);
    await this.transport.send({
      to: user!.email,
      subject: `[Test] ${message.subject}`,
      html: message.html,
      text: message.text,
      attachments: await this.attachments.messageFiles(mailing, shared, first_fee),
    });
    return user!.email;
  }

  /**
   * Fixes the recipients (the contacts the sender may see matching the audience, who consented,
   * not erased, one per person and per address) and queues the sending, in one transaction.
   */
  send(id: string, version: number, actor: Actor): Promise<Mailing> {
    this.assertCanSend();
    return this.dataSource.transaction(async (manager) => {
      const mailing = await manager.findOne(Mailing, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!mailing) throw new NotFoundError('Mailing', id);
      assertDraft(mailing);
      if (mailing.version !== version)
        throw new MailingRefusedError(ErrorCode.CONFLICT, 'STALE', 'The mailing was changed since you read it.', {
          currentVersion: mailing.version,
        });
      checkMailing(mailing);
      const inserted = (await this.audience(manager, mailing, actor, 'insert')) as unknown[];
      if (inserted.length === 0) {
        throw new UserInputError([
          { field: 'audience', code: 'MAILING_NO_RECIPIENT', message: 'Nobody who may be written to matches this audience.' },
        ]);
      }
      await manager.update(
        Mailing,
        { id },
        { status: MailingStatus.SENDING, sentAt: new Date(), sentBy: actorLabel(actor), version: mailing.version + 1 },
      );
      const sent = await manager.findOneByOrFail(Mailing, { id });
      await this.audit.record(manager, actor, 'Mailing', id, mailing, sent);
      await this.jobs.sendInTransaction(manager, SEND_QUEUE, { mailingId: id }, { singletonKey: id });
      return sent;
    });
  }

  /** The audience's SQL: counted with a sample (preview), or written as the mailing's recipients. */
  private async audience(manager: EntityManager, mailing: Mailing, actor: Actor, mode: 'preview' | 'insert'): Promise<unknown[]> {
    const caller = callerOf(actor);
    const source = this.contacts.pageSource(caller, audienceFilter(mailing));
    // With a dues letter, only people whose collectivity has such dues that year, each with the dues.
    const letter = mailing.duesLetter
      ? sql`${raw(currentCollectivityJoin('c', 'col'))}
          JOIN LATERAL (SELECT f.id FROM membership_fees f WHERE f.collectivity_id = col.id AND f.year = ${mailing.duesYear}::int
            AND f.status = ${DUES_LETTER_FEE_STATUS[mailing.duesLetter]}::varchar AND ${visibleRow(caller, 'MembershipFee', 'f')}
            ORDER BY f.id LIMIT 1) fee ON TRUE`
      : raw('');
    // One per person and per address; the sender sees them through the read road's own rule.
    const people = sql`SELECT DISTINCT ON (lower(c.email)) c.id, lower(c.email) AS email,
        ${raw(mailing.duesLetter ? 'fee.id' : 'NULL::uuid')} AS fee_id
      FROM contacts c ${letter}
      WHERE ${source.where('c')} AND ${visibleRow(caller, 'Contact', 'c')}
        AND c.consent_status = 'GIVEN' AND c.erased_at IS NULL AND c.email IS NOT NULL
      ORDER BY lower(c.email), c.id`;
    const statement =
      mode === 'preview'
        ? sql`SELECT count(*)::int AS count, (array_agg(p.id ORDER BY p.email))[1]::text AS first,
            (array_agg(p.fee_id ORDER BY p.email))[1]::text AS first_fee FROM (${people}) p`
        : sql`INSERT INTO mailing_recipients (mailing_id, contact_id, email, status, dues_fee_id)
            SELECT ${mailing.id}::uuid, p.id, p.email, ${raw(`'${RecipientStatus.QUEUED}'`)}, p.fee_id FROM (${people}) p
            ON CONFLICT DO NOTHING RETURNING id`;
    const params: unknown[] = [];
    const text = statement.render(params);
    return (await manager.query(text, params)) as unknown[];
  }

  private async found(manager: EntityManager, id: string): Promise<Mailing> {
    const mailing = await manager.findOneBy(Mailing, { id });
    if (!mailing) throw new NotFoundError('Mailing', id);
    return mailing;
  }

  private assertCanSend(): void {
    if (!this.transport.configured) {
      throw new MailingRefusedError(
        ErrorCode.BAD_USER_INPUT,
        'SMTP_NOT_CONFIGURED',
        'No SMTP server is configured (SMTP_URL): nothing can be sent.',
      );
    }
  }
}

/**
 * Unknown merge fields, edition fields without an edition, a body over the limit, a dues letter
 * without its year: refused field by field.
 */
function checkMailing(
  mailing: Pick<Mailing, 'subject' | 'body' | 'editionId' | 'eventId'> & Partial<Pick<Mailing, 'duesLetter' | 'duesYear'>>,
): void {
  const errors: FieldError[] = [];
  if (mailing.duesLetter && !mailing.duesYear) {
    errors.push({ field: 'duesYear', code: 'REQUIRED', message: 'Give the year of the dues letter to attach.' });
  }
  for (const field of ['subject', 'body'] as const) {
    for (const name of mergeFieldsIn(mailing[field])) {
      if (!isMergeField(name)) errors.push({ field, code: 'MERGE_FIELD_UNKNOWN', message: `Unknown merge field {{${name}}}.` });
      else if (name.startsWith('edition.') && !mailing.editionId && !mailing.eventId) {
        errors.push({ field: 'editionId', code: 'MERGE_FIELD_NEEDS_EDITION', message: `{{${name}}} needs an edition.` });
      }
    }
  }
  const bytes = Buffer.byteLength(mailing.body, 'utf8');
  if (bytes > MAILING_BODY_MAX_BYTES) {
    errors.push({
      field: 'body',
      code: 'MAILING_BODY_TOO_LARGE',
      message: `The body is ${bytes} bytes; at most ${MAILING_BODY_MAX_BYTES}.`,
    });
  }
  if (errors.length === 0) return;
  const unknown = mergeFieldsIn(`${mailing.subject} ${mailing.body}`).filter((name) => !isMergeField(name));
  throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid mailing: ${errors.map((error) => error.message).join(' ')}`, errors, {
    ...(unknown.length ? { mergeFields: unknown } : {}),
    ...(bytes > MAILING_BODY_MAX_BYTES ? { limit: MAILING_BODY_MAX_BYTES, size: bytes } : {}),
  });
}
