import {
  LETTERHEAD_IMAGE_MAX_BYTES,
  LETTERHEAD_IMAGE_TYPES,
  LetterheadImageProblem,
  type LetterheadImageType,
} from '@territoria/domain';
import { AppError, ErrorCode } from '../../../common/errors/app-errors.js';

export interface LetterheadImage {
  contentType: LetterheadImageType;
  bytes: Buffer;
}

/** What each type's files start with: the declared type must be the content's. */
const SIGNATURES: Record<LetterheadImageType, Buffer> = {
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
};

function refused(field: string, code: LetterheadImageProblem, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, [{ field, code, message }], { reason: code, ...extra });
}

/** Reads an image sent as a data URL ("data:image/png;base64,…"), or refuses it with a typed error. */
export function parseLetterheadImage(field: string, dataUrl: string): LetterheadImage {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl.trim());
  if (!match) {
    throw refused(
      field,
      LetterheadImageProblem.IMAGE_NOT_DATA_URL,
      'Send the image as a base64 data URL (data:image/png;base64,…).',
    );
  }
  const declared = match[1]!.toLowerCase();
  const allowed = LETTERHEAD_IMAGE_TYPES as readonly string[];
  if (!allowed.includes(declared)) {
    throw refused(
      field,
      LetterheadImageProblem.IMAGE_TYPE_NOT_ALLOWED,
      `Only PNG and JPEG images are accepted, not ${declared}.`,
      {
        allowedTypes: LETTERHEAD_IMAGE_TYPES,
      },
    );
  }
  const contentType = declared as LetterheadImageType;
  // Measured before decoding: base64 takes 4 characters for 3 bytes.
  const size = Math.floor((match[2]!.length * 3) / 4) - (match[2]!.endsWith('==') ? 2 : match[2]!.endsWith('=') ? 1 : 0);
  if (size > LETTERHEAD_IMAGE_MAX_BYTES) {
    throw refused(
      field,
      LetterheadImageProblem.IMAGE_TOO_LARGE,
      `The image is ${size} bytes; at most ${LETTERHEAD_IMAGE_MAX_BYTES} are accepted.`,
      { size, limit: LETTERHEAD_IMAGE_MAX_BYTES },
    );
  }
  const bytes = Buffer.from(match[2]!, 'base64');
  const signature = SIGNATURES[contentType];
  if (bytes.length <= signature.length || !bytes.subarray(0, signature.length).equals(signature)) {
    throw refused(field, LetterheadImageProblem.IMAGE_CONTENT_MISMATCH, `The file is not a ${contentType} image.`);
  }
  return { contentType, bytes };
}

export function imageDataUrl(contentType: string, bytes: Buffer): string {
  return `data:${contentType};base64,${bytes.toString('base64')}`;
}
