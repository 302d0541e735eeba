import { describe, expect, it } from '@jest/globals';
import { CopiedRows, JsonWriter } from './copied-rows.js';

/** COPY's text format as PostgreSQL writes it: tab between fields, \N for NULL, backslash escapes. */
const copy = (rows: string[][]) => Buffer.from(rows.map((row) => `${row.join('\t')}\n`).join(''), 'utf8');

describe('rows copied out of PostgreSQL, written as JSON', () => {
  it('writes each kind of value as JSON.stringify would', () => {
    const rows = CopiedRows.parse(
      copy([
        ['Lyon "2e" \\\\ \\t\\n\\r\\b\\f\\v \u0001 é 漢 😀', '42', 't', '{"a" : [1, "x\\\\ty"]}', '2026-12-02 14:59:22.5'],
        ['\\N', 'NaN', 'f', '\\N', '2026-12-02 14:59:22'],
        ['', '-1.5e-07', '\\N', '[" a b ", "q\\\\"r"]', '2026-12-02 14:59:22.093456'],
      ]),
      5,
    );
    expect(rows.length).toBe(3);
    const out = new JsonWriter();
    out.raw('[');
    for (let row = 0; row < rows.length; row++) {
      out.raw(row > 0 ? ',[' : '[');
      out.string(rows, row, 0);
      out.raw(',');
      out.number(rows, row, 1);
      out.raw(',');
      out.boolean(rows, row, 2);
      out.raw(',');
      out.json(rows, row, 3);
      out.raw(',');
      out.instant(rows, row, 4);
      out.raw(']');
    }
    out.raw(']');
    const text = out.result().toString('utf8');
    expect(JSON.parse(text)).toEqual([
      ['Lyon "2e" \\ \t\n\r\b\f\v \u0001 é 漢 😀', 42, true, { a: [1, 'x\ty'] }, '2026-12-02T14:59:22.500Z'],
      [null, null, false, null, '2026-12-02T14:59:22.000Z'],
      ['', -1.5e-7, null, [' a b ', 'q"r'], '2026-12-02T14:59:22.093Z'],
    ]);
    // The string is written exactly as JSON.stringify writes it, and nested JSON without PostgreSQL's spaces.
    expect(text.slice(2, text.indexOf(',42'))).toBe(JSON.stringify('Lyon "2e" \\ \t\n\r\b\f\v \u0001 é 漢 😀'));
    expect(text).toContain('{"a":[1,"x\\ty"]}');
    expect(text).toContain('[" a b ","q\\"r"]');
  });

  it('reads a field back as text, its escapes undone, and refuses rows of another width', () => {
    const rows = CopiedRows.parse(copy([['a\\tb', '\\N', '7']]), 3);
    expect([rows.text(0, 0), rows.text(0, 1), rows.text(0, 2)]).toEqual(['a\tb', null, '7']);
    expect(rows.head(0).length).toBe(0);
    expect(() => CopiedRows.parse(copy([['a', 'b']]), 3)).toThrow(/2 fields, not 3/);
  });

  it('grows its buffer past its first size', () => {
    const long = 'x'.repeat(200_000);
    const out = new JsonWriter();
    out.string(CopiedRows.parse(copy([[long]]), 1), 0, 0);
    expect(out.result().toString('utf8')).toBe(JSON.stringify(long));
  });
});
