import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MAILING_ATTACHMENT_MAX_BYTES,
  MAILING_ATTACHMENT_NAME_MAX_LENGTH,
  MAILING_ATTACHMENTS_MAX_BYTES,
  MAILING_ATTACHMENTS_MAX_COUNT,
} from '@territoria/domain';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { SYSTEM_ACTOR, type Actor } from '../../common/access/actor.js';
import { callerOf } from '../../common/read/caller.js';
import { sql, type Sql } from '../../common/read/sql.js';
import { visibleRow } from '../../common/read/visibility.js';
import { AuditService } from '../audit/audit.service.js';
import { DuesLettersService } from '../documents/dues-letters/dues-letters.service.js';
import { MailingAttachment } from './mailing-attachment.entity.js';
import { Mailing } from './mailing.entity.js';
import { assertDraft } from './mailing-rules.js';

/** An upload larger than this is not even read to its end: the connection is cut. */
const READ_AT_MOST = 4 * MAILING_ATTACHMENT_MAX_BYTES;
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
/** A media type as a browser gives it (type/subtype); anything else is sent as a plain file. */
const MEDIA_TYPE = /^[a-z0-9][\w.+-]{0,99}\/[a-z0-9][\w.+-]{0,99}$/i;

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** What the audit trail keeps of an attachment: never its content. */
const described = (attachment: MailingAttachment) => ({
  mailingId: attachment.mailingId,
  fileName: attachment.fileName,
  contentType: attachment.contentType,
  sizeBytes: attachment.sizeBytes,
});

/**
 * Files sent with every message of a draft mailing: added and removed while it is a draft, at most
 * MAILING_ATTACHMENT_MAX_BYTES each, MAILING_ATTACHMENTS_MAX_BYTES and MAILING_ATTACHMENTS_MAX_COUNT
 * in all, each change audited.
 */
@Injectable()
export class MailingAttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly letters: DuesLettersService,
  ) {}

  /** Reads the upload (refusing it whole when too large) and attaches it to the draft, in one transaction. */
  async add(mailingId: string, rawName: string | undefined, contentType: string | undefined, body: Readable, actor: Actor) {
    const fileName = checkedFileName(rawName);
    const content = await readAtMost(body, MAILING_ATTACHMENT_MAX_BYTES);
    if (content.length === 0) throw UserInputError.forField('content', 'isNotEmpty', 'The file is empty.');
    return this.dataSource.transaction(async (manager) => {
      const mailing = await manager.findOne(Mailing, { where: { id: mailingId }, lock: { mode: 'pessimistic_write' } });
      if (!mailing) throw new NotFoundError('Mailing', mailingId);
      assertDraft(mailing);
      const [{ total, files }] = (await manager.query(
        'SELECT coalesce(sum(size_bytes), 0)::int AS total, count(*)::int AS files FROM mailing_attachments WHERE mailing_id = $1',
        [mailingId],
      )) as [{ total: number; files: number }];
      if (files >= MAILING_ATTACHMENTS_MAX_COUNT) {
        throw UserInputError.forField(
          'content',
          'TOO_MANY',
          `A mailing carries at most ${MAILING_ATTACHMENTS_MAX_COUNT} files.`,
          { maximum: MAILING_ATTACHMENTS_MAX_COUNT },
        );
      }
      if (total + content.length > MAILING_ATTACHMENTS_MAX_BYTES) {
        throw new AppError(
          ErrorCode.PAYLOAD_TOO_LARGE,
          `With this file the mailing would carry ${total + content.length} bytes of attachments; at most ${MAILING_ATTACHMENTS_MAX_BYTES}.`,
          [],
          { reason: 'ATTACHMENTS_TOO_LARGE', size: total + content.length, maximum: MAILING_ATTACHMENTS_MAX_BYTES },
        );
      }
      const saved = await manager.save(
        manager.create(MailingAttachment, {
          mailingId,
          fileName,
          contentType: contentType && MEDIA_TYPE.test(contentType) ? contentType.toLowerCase() : DEFAULT_CONTENT_TYPE,
          sizeBytes: content.length,
          content,
        }),
      );
      await this.audit.record(manager, actor, 'MailingAttachment', saved.id, null, described(saved));
      return saved;
    });
  }

  /** Removes an attachment of a draft. */
  remove(id: string, actor: Actor): Promise<MailingAttachment> {
    return this.dataSource.transaction(async (manager) => {
      const attachment = await manager.findOneBy(MailingAttachment, { id });
      if (!attachment) throw new NotFoundError('MailingAttachment', id);
      const mailing = await manager.findOne(Mailing, {
        where: { id: attachment.mailingId },
        lock: { mode: 'pessimistic_write' },
      });
      assertDraft(mailing!);
      await manager.delete(MailingAttachment, { id });
      await this.audit.record(manager, actor, 'MailingAttachment', id, described(attachment), null);
      return attachment;
    });
  }

  /** One attachment with its content, if the caller may see it (NOT_FOUND otherwise, as for a missing one). */
  async file(id: string, actor: Actor): Promise<AttachmentFile> {
    const [row] = await this.files(this.dataSource.manager, actor, sql`a.id = ${id}::uuid`);
    if (!row) throw new NotFoundError('MailingAttachment', id);
    return row;
  }

  /** A mailing's files, oldest first, as every message carries them (read by the sender, the system). */
  forMailing(manager: EntityManager, mailingId: string): Promise<AttachmentFile[]> {
    return this.files(manager, SYSTEM_ACTOR, sql`a.mailing_id = ${mailingId}::uuid`);
  }

  /**
   * What one message carries: the mailing's own files, then the dues letter of the recipient's
   * collectivity when the mailing attaches one. The dues were chosen through the sender's
   * visibility when the mailing was sent; the letter is rendered now, so a call for dues paid
   * since is refused (FEE_NOT_DUE) rather than sent.
   */
  async messageFiles(mailing: Mailing, shared: AttachmentFile[], duesFeeId: string | null): Promise<AttachmentFile[]> {
    if (!mailing.duesLetter || !duesFeeId) return shared;
    const letter = await this.letters.renderOne(duesFeeId, mailing.duesLetter, SYSTEM_ACTOR);
    return [...shared, { fileName: letter.fileName, contentType: 'application/pdf', content: letter.content }];
  }

  /** The files matching the condition that the caller may see, by the type's one visibility rule. */
  private async files(manager: EntityManager, actor: Actor, condition: Sql): Promise<AttachmentFile[]> {
    const params: unknown[] = [];
    const text = sql`SELECT a.file_name, a.content_type, a.content FROM mailing_attachments a
      WHERE ${condition} AND ${visibleRow(callerOf(actor), 'MailingAttachment', 'a')} ORDER BY a.created_at, a.id`.render(params);
    const rows = (await manager.query(text, params)) as { file_name: string; content_type: string; content: Buffer }[];
    return rows.map((row) => ({ fileName: row.file_name, contentType: row.content_type, content: row.content }));
  }
}

/** The name as recipients will see it: no folders, no control characters, not empty, not too long. */
function checkedFileName(raw: string | undefined): string {
  const name = (raw ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  if (!name) throw UserInputError.forField('fileName', 'REQUIRED', 'Give the file name: ?fileName=programme.pdf.');
  if (name.length > MAILING_ATTACHMENT_NAME_MAX_LENGTH) {
    throw UserInputError.forField(
      'fileName',
      'maxLength',
      `The file name has ${name.length} characters; at most ${MAILING_ATTACHMENT_NAME_MAX_LENGTH}.`,
      { maximum: MAILING_ATTACHMENT_NAME_MAX_LENGTH },
    );
  }
  return name;
}

/**
 * The whole body, or PAYLOAD_TOO_LARGE (reason ATTACHMENT_TOO_LARGE) when it is over `maximum`:
 * the rest is read and dropped so the client gets the answer rather than a cut connection.
 */
async function readAtMost(body: Readable, maximum: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maximum) chunks.push(chunk);
    else if (size > READ_AT_MOST) {
      body.destroy();
      break;
    }
  }
  if (size > maximum) {
    throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is ${size} bytes or more; at most ${maximum} are accepted.`, [], {
      reason: 'ATTACHMENT_TOO_LARGE',
      size,
      maximum,
    });
  }
  return Buffer.concat(chunks);
}
