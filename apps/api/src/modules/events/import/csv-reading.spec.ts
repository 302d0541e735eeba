import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { UserInputError } from '../../../common/errors/app-errors.js';
import { decodeBase64, decodeText, detectDelimiter, readCsv } from './csv-reading.js';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof UserInputError ? error.fields[0] : error;
  }
  return null;
};

describe('reading a registration list', () => {
  it('tells UTF-8, UTF-8 with BOM and Windows-1252 apart', () => {
    expect(decodeText(Buffer.from('Prénom', 'utf8'))).toEqual({ text: 'Prénom', encoding: 'UTF-8' });
    expect(decodeText(Buffer.from('\uFEFFPrénom', 'utf8'))).toEqual({ text: 'Prénom', encoding: 'UTF-8 (BOM)' });
    expect(decodeText(iconv.encode('Élodie – Besançon €', 'win1252'))).toEqual({
      text: 'Élodie – Besançon €',
      encoding: 'windows-1252',
    });
  });

  it('detects the separator from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('Nom;Prénom;"Ville, pays"\na,b,c,d,e')).toBe(';');
    expect(detectDelimiter('\nNom,Prénom\n')).toBe(',');
    expect(detectDelimiter('Nom\tPrénom\tEmail')).toBe('\t');
  });

  it('numbers lines as in the file, across blank lines and quoted line breaks, and pads short rows', () => {
    const table = readCsv(Buffer.from('Nom;Organisation;Pays\r\n\r\nDupont;"Ville\r\nde Dijon";FR\r\n;;\r\nMartin\r\n', 'utf8'));
    expect(table.headers).toEqual(['Nom', 'Organisation', 'Pays']);
    expect(table.rows).toEqual([
      { line: 3, cells: ['Dupont', 'Ville\nde Dijon', 'FR'] },
      { line: 6, cells: ['Martin', '', ''] },
    ]);
  });

  it('refuses empty files, headers without rows, bad base64, workbooks and files over 5 MB', () => {
    expect(fieldOf(() => readCsv(Buffer.from('')))).toMatchObject({ field: 'contentBase64', code: 'EMPTY_FILE' });
    expect(fieldOf(() => readCsv(Buffer.from('Nom;Prénom\n\n')))).toMatchObject({ code: 'NO_ROWS' });
    expect(fieldOf(() => readCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])))).toMatchObject({ code: 'NOT_CSV' });
    expect(fieldOf(() => decodeBase64('abc$'))).toMatchObject({ code: 'BASE64' });
    expect(fieldOf(() => decodeBase64('A'.repeat(8 * 1024 * 1024)))).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(decodeBase64(Buffer.from('Nom').toString('base64')).toString()).toBe('Nom');
  });
});
