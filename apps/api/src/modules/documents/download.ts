import type { FastifyReply } from 'fastify';
import { UserInputError } from '../../common/errors/app-errors.js';
import { PDF_CONTENT_TYPE } from './pdf.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id in "<uuid>.pdf" (the extension optional), or BAD_USER_INPUT. */
export function pdfId(file: string): string {
  const id = file.replace(/\.pdf$/i, '');
  if (!UUID.test(id)) throw UserInputError.forField('id', 'UUID', 'Expected "<id>.pdf", the id a UUID.');
  return id.toLowerCase();
}

export function yearParameter(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1900 || year > 2200) {
    throw UserInputError.forField('year', 'YEAR', 'The year must be four digits, e.g. 2026.');
  }
  return year;
}

/** A download: the browser saves it under its name; nobody caches what only staff may read. */
export async function sendPdf(reply: FastifyReply, document: { fileName: string; content: Buffer }): Promise<void> {
  await reply
    .header('content-type', PDF_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${document.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(document.content);
}
