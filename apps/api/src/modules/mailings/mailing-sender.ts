import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailingStatus, RecipientStatus } from '@territoria/domain';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AppError } from '../../common/errors/app-errors.js';
import { MailComposer } from './mail-composer.js';
import { MailingAttachmentsService, type AttachmentFile } from './mailing-attachments.service.js';
import { describeFailure, MailTransport } from './mail-transport.js';
import { Mailing } from './mailing.entity.js';
import { SEND_QUEUE } from './mailings.service.js';

/** The rate is kept by sending a slice of the minute's messages every BATCH_SECONDS. */
const BATCH_SECONDS = 10;
/** A temporary failure (server down, 4xx) is retried this many times, waiting longer each time. */
const MAX_ATTEMPTS = 5;
/** A message claimed longer ago than this by a process that died: it may have gone, so it is never sent again. */
const INTERRUPTED_AFTER = '10 minutes';

interface Claimed {
  id: string;
  contact_id: string;
  email: string;
  attempts: number;
  dues_fee_id: string | null;
}

/** A dues letter that can no longer be sent: the dues were paid, waived or deleted since the mailing went. */
const LETTER_OUTDATED = new Set(['FEE_NOT_DUE', 'FEE_NOT_PAID', 'NOT_FOUND']);

/**
 * Sends a mailing's queued recipients, one claimed at a time (QUEUED → SENDING in one statement,
 * so two processes never take the same one), a slice per job, the next slice queued as a job too:
 * a restart takes up where the last one stopped and nothing goes twice.
 */
@Injectable()
export class MailingSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailingSender.name);
  private stopping = false;
  private running = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly composer: MailComposer,
    private readonly transport: MailTransport,
    private readonly attachments: MailingAttachmentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ mailingId: string }>(SEND_QUEUE, ({ data }) => this.track(this.sendSlice(data.mailingId)), {
      pollingIntervalSeconds: 1,
    });
    // Mailings left sending by a process that stopped: their next slice is queued again.
    const sending = await this.dataSource.getRepository(Mailing).findBy({ status: MailingStatus.SENDING });
    for (const mailing of sending) await this.jobs.send(SEND_QUEUE, { mailingId: mailing.id }, { singletonKey: mailing.id });
  }

  /** The message being sent finishes; the rest waits for the next start. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private track(work: Promise<void>): Promise<void> {
    this.running.add(work);
    return work.finally(() => this.running.delete(work));
  }

  private async sendSlice(mailingId: string): Promise<void> {
    if (this.stopping) return;
    const started = Date.now();
    const mailing = await this.dataSource.manager.findOneBy(Mailing, { id: mailingId });
    if (!mailing || mailing.status !== MailingStatus.SENDING) return;
    await this.dataSource.query(
      `UPDATE mailing_recipients SET status = $2, last_response = 'Interrupted while sending: it may have gone, so it is not sent again.'
        WHERE mailing_id = $1 AND status = $3 AND updated_at < now() - interval '${INTERRUPTED_AFTER}'`,
      [mailingId, RecipientStatus.FAILED, RecipientStatus.SENDING],
    );
    const slice = Math.max(1, Math.ceil((this.config.MAILING_RATE_PER_MINUTE * BATCH_SECONDS) / 60));
    const files = await this.attachments.forMailing(this.dataSource.manager, mailingId);
    for (let sent = 0; sent < slice && !this.stopping; sent++) {
      const recipient = await this.claim(mailingId);
      if (!recipient) break;
      await this.deliver(mailing, recipient, files);
    }
    await this.next(mailingId, started);
  }

  private async claim(mailingId: string): Promise<Claimed | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE mailing_recipients r SET status = $2, attempts = r.attempts + 1, updated_at = now()
        WHERE r.id = (SELECT q.id FROM mailing_recipients q WHERE q.mailing_id = $1 AND q.status = $3
          AND (q.retry_at IS NULL OR q.retry_at <= now()) ORDER BY q.email LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING r.id, r.contact_id, r.email, r.attempts, r.dues_fee_id`,
      [mailingId, RecipientStatus.SENDING, RecipientStatus.QUEUED],
    )) as [Claimed[], number];
    return rows[0] ?? null;
  }

  private async deliver(mailing: Mailing, recipient: Claimed, shared: AttachmentFile[]): Promise<void> {
    const message = await this.composer.compose(this.dataSource.manager, mailing, recipient.contact_id, recipient.id);
    if (!message.reachable) {
      return this.record(recipient.id, RecipientStatus.SKIPPED, 'Consent withdrawn or contact erased before sending.');
    }
    let files: AttachmentFile[];
    try {
      files = await this.attachments.messageFiles(mailing, shared, recipient.dues_fee_id);
    } catch (error) {
      const reason = error instanceof AppError ? error.reason : '';
      if (LETTER_OUTDATED.has(reason)) {
        return this.record(recipient.id, RecipientStatus.SKIPPED, `No dues letter to send any more (${reason}).`);
      }
      throw error;
    }
    try {
      const { messageId, response } = await this.transport.send({ ...message, to: recipient.email, attachments: files });
      await this.dataSource.query(
        `UPDATE mailing_recipients SET status = $2, last_response = $3, message_id = $4, sent_at = now(), retry_at = NULL, updated_at = now() WHERE id = $1`,
        [recipient.id, RecipientStatus.SENT, response, messageId],
      );
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.bounced) return this.record(recipient.id, RecipientStatus.BOUNCED, failure.response);
      if (failure.permanent || recipient.attempts >= MAX_ATTEMPTS)
        return this.record(recipient.id, RecipientStatus.FAILED, failure.response);
      const wait = this.config.MAILING_RETRY_SECONDS * 2 ** (recipient.attempts - 1);
      this.logger.warn(`Mailing ${mailing.id}: ${recipient.email} not sent (${failure.response}), retried in ${wait} s.`);
      await this.dataSource.query(
        `UPDATE mailing_recipients SET status = $2, last_response = $3, retry_at = now() + make_interval(secs => $4), updated_at = now() WHERE id = $1`,
        [recipient.id, RecipientStatus.QUEUED, failure.response, wait],
      );
    }
  }

  private async record(id: string, status: RecipientStatus, response: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mailing_recipients SET status = $2, last_response = $3, retry_at = NULL, updated_at = now() WHERE id = $1`,
      [id, status, response],
    );
  }

  /** The next slice after the rate's pause (or when the first retry is due); the mailing is done when nothing is left. */
  private async next(mailingId: string, started: number): Promise<void> {
    const [left] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = $2)::int AS queued, count(*) FILTER (WHERE status = $3)::int AS sending,
          min(retry_at) FILTER (WHERE status = $2) AS first_retry, bool_and(retry_at IS NOT NULL) FILTER (WHERE status = $2) AS all_waiting
        FROM mailing_recipients WHERE mailing_id = $1`,
      [mailingId, RecipientStatus.QUEUED, RecipientStatus.SENDING],
    )) as { queued: number; sending: number; first_retry: Date | null; all_waiting: boolean | null }[];
    if (left!.queued > 0) {
      // Stopping: another process (or this one's next start) takes it up.
      const paced = this.stopping ? Date.now() + 5000 : started + BATCH_SECONDS * 1000;
      const due = left!.all_waiting && left!.first_retry ? Math.max(paced, new Date(left!.first_retry).getTime()) : paced;
      await this.jobs.send(SEND_QUEUE, { mailingId }, { startAfter: new Date(due) });
    } else if (left!.sending === 0) {
      await this.dataSource.query(`UPDATE mailings SET status = $2, completed_at = now() WHERE id = $1 AND status = $3`, [
        mailingId,
        MailingStatus.SENT,
        MailingStatus.SENDING,
      ]);
    }
  }
}
