import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { LetterheadEntity } from './letterhead/letterhead.entity.js';
import { imageDataUrl } from './letterhead/letterhead-image.js';

const require = createRequire(import.meta.url);
// pdfmake's own Roboto (accents, €, no-break spaces), the only files it may read; no URL at all:
// images come as data URLs.
const fonts = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
const fontFiles = new Set(Object.values(fonts.Roboto));
pdfmake.addFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

export const PDF_CONTENT_TYPE = 'application/pdf';

export function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake
    .createPdf({ pageSize: 'A4', defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 }, ...document })
    .getBuffer();
}

/** The association's name, address and logo, at the head of a letter. */
export function letterheadBlock(letterhead: LetterheadEntity): Content {
  const identity: Content = {
    stack: [
      { text: letterhead.organisationName, bold: true, fontSize: 13 },
      { text: letterhead.address, color: '#444444', fontSize: 9 },
    ],
  };
  if (!letterhead.logo || !letterhead.logoType) return identity;
  return {
    columns: [
      { image: imageDataUrl(letterhead.logoType, letterhead.logo), fit: [110, 60], width: 120 },
      { ...identity, width: '*', margin: [10, 4, 0, 0] },
    ],
  };
}

/** Who signs, with the signature image when there is one. */
export function signatureBlock(letterhead: LetterheadEntity): Content {
  return {
    unbreakable: true,
    margin: [260, 24, 0, 0],
    stack: [
      ...(letterhead.signatory ? [{ text: letterhead.signatory }] : []),
      ...(letterhead.signature && letterhead.signatureType
        ? [{ image: imageDataUrl(letterhead.signatureType, letterhead.signature), fit: [160, 70] as [number, number] }]
        : []),
    ],
  };
}

/** A file name any browser and file system takes: ASCII, no spaces. */
export function fileName(...parts: (string | number)[]): string {
  const slug = parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${slug.slice(0, 120) || 'document'}.pdf`;
}
