import type { ErrorReason } from '@territoria/domain';
import { MailingStatus } from '@territoria/domain';
import { AppError, ErrorCode } from '../../common/errors/app-errors.js';
import type { Mailing } from './mailing.entity.js';

/** A refusal about the mailing as a whole (not one input field): its reason in extensions.reason. */
export class MailingRefusedError extends AppError {
  constructor(code: ErrorCode, reason: ErrorReason, message: string, extra: Record<string, unknown> = {}) {
    super(code, message, [], { reason, ...extra });
  }
}

export function assertDraft(mailing: Mailing): void {
  if (mailing.status !== MailingStatus.DRAFT) {
    throw new MailingRefusedError(
      ErrorCode.CONFLICT,
      'MAILING_NOT_DRAFT',
      'This mailing was sent: it can no longer be changed.',
      { status: mailing.status },
    );
  }
}
