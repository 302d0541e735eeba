/**
 * Rows read with COPY (…) TO STDOUT, PostgreSQL's text format: one line per row, fields split by
 * tabs, NULL as \N, and only backslash, tab, newline, carriage return, backspace, form feed and
 * vertical tab escaped (as \\, \t, \n, \r, \b, \f, \v). The answer of a page is written from
 * these bytes straight into its JSON, without a string or an object per value: at a thousand
 * rows, that per-value work was most of the server's time.
 */

const TAB = 0x09;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/** What COPY's escape letters stand for. */
const UNESCAPED: Record<number, number> = { 0x5c: 0x5c, 0x74: 0x09, 0x6e: 0x0a, 0x72: 0x0d, 0x62: 0x08, 0x66: 0x0c, 0x76: 0x0b };
/** The JSON escape of each control character (\u00XX unless JSON has a letter for it). */
const JSON_ESCAPES: Buffer[] = Array.from({ length: 0x20 }, (_, code) =>
  Buffer.from(JSON.stringify(String.fromCharCode(code)).slice(1, -1), 'latin1'),
);

export class CopiedRows {
  private constructor(
    readonly bytes: Buffer,
    /** The start and end of each field, row after row. */
    private readonly bounds: Int32Array,
    readonly width: number,
    readonly length: number,
  ) {}

  /** Splits COPY's text into rows of `width` fields. */
  static parse(bytes: Buffer, width: number): CopiedRows {
    let lines = 0;
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
    const bounds = new Int32Array(lines * width * 2);
    let start = 0;
    let field = 0;
    for (let at = 0; at < bytes.length; at++) {
      const byte = bytes[at]!;
      if (byte !== TAB && byte !== NEWLINE) continue;
      bounds[field * 2] = start;
      bounds[field * 2 + 1] = at;
      field++;
      start = at + 1;
      if (byte === NEWLINE && field % width !== 0) throw new Error(`A copied row has ${field % width} fields, not ${width}.`);
    }
    if (field !== lines * width) throw new Error('Copied rows end in the middle of a row.');
    return new CopiedRows(bytes, bounds, width, lines);
  }

  /** The first `length` rows. */
  head(length: number): CopiedRows {
    return length >= this.length ? this : new CopiedRows(this.bytes, this.bounds, this.width, length);
  }

  start(row: number, column: number): number {
    return this.bounds[(row * this.width + column) * 2]!;
  }

  end(row: number, column: number): number {
    return this.bounds[(row * this.width + column) * 2 + 1]!;
  }

  isNull(row: number, column: number): boolean {
    const start = this.start(row, column);
    return this.end(row, column) - start === 2 && this.bytes[start] === BACKSLASH && this.bytes[start + 1] === 0x4e;
  }

  /** A field as text (its escapes undone), or null. */
  text(row: number, column: number): string | null {
    if (this.isNull(row, column)) return null;
    const start = this.start(row, column);
    const end = this.end(row, column);
    let escaped = false;
    for (let at = start; at < end && !escaped; at++) escaped = this.bytes[at] === BACKSLASH;
    if (!escaped) return this.bytes.toString('utf8', start, end);
    const out: number[] = [];
    for (let at = start; at < end; at++) {
      const byte = this.bytes[at]!;
      if (byte === BACKSLASH) out.push(UNESCAPED[this.bytes[++at]!] ?? this.bytes[at]!);
      else out.push(byte);
    }
    return Buffer.from(out).toString('utf8');
  }
}

/** JSON written as UTF-8 bytes into a buffer that grows as needed. */
export class JsonWriter {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** JSON text already written (an ASCII or UTF-8 string). */
  raw(text: string): void {
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** JSON already written as bytes (a key and its colon, a bracket): copied by hand, cheaper than a call into the runtime for a few bytes. */
  bytes(chunk: Buffer): void {
    this.reserve(chunk.length);
    const out = this.buffer;
    let length = this.length;
    for (let index = 0; index < chunk.length; index++) out[length++] = chunk[index]!;
    this.length = length;
  }

  /** Any value, as JSON.stringify writes it. */
  value(value: unknown): void {
    this.raw(JSON.stringify(value ?? null));
  }

  /** A copied field as a JSON string. */
  string(rows: CopiedRows, row: number, column: number): void {
    if (rows.isNull(row, column)) return this.raw('null');
    const { bytes } = rows;
    const end = rows.end(row, column);
    // At worst each byte becomes a six-byte \u00XX.
    this.reserve((end - rows.start(row, column)) * 6 + 2);
    const out = this.buffer;
    let length = this.length;
    out[length++] = QUOTE;
    for (let at = rows.start(row, column); at < end; at++) {
      let byte = bytes[at]!;
      if (byte === BACKSLASH) byte = UNESCAPED[bytes[++at]!] ?? bytes[at]!;
      if (byte === QUOTE || byte === BACKSLASH) {
        out[length++] = BACKSLASH;
        out[length++] = byte;
      } else if (byte < 0x20) {
        const escape = JSON_ESCAPES[byte]!;
        escape.copy(out, length);
        length += escape.length;
      } else out[length++] = byte;
    }
    out[length++] = QUOTE;
    this.length = length;
  }

  /**
   * A copied field that holds JSON text (a nested selection): pasted with COPY's escapes undone
   * and without the spaces and line breaks PostgreSQL writes between values (as JSON.stringify
   * writes it).
   */
  json(rows: CopiedRows, row: number, column: number): void {
    if (rows.isNull(row, column)) return this.raw('null');
    const { bytes } = rows;
    const end = rows.end(row, column);
    this.reserve(end - rows.start(row, column));
    const out = this.buffer;
    let length = this.length;
    let inString = false;
    let escaping = false;
    for (let at = rows.start(row, column); at < end; at++) {
      let byte = bytes[at]!;
      if (byte === BACKSLASH) byte = UNESCAPED[bytes[++at]!] ?? bytes[at]!;
      if (inString) {
        if (escaping) escaping = false;
        else if (byte === BACKSLASH) escaping = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) inString = true;
      else if (byte === 0x20 || byte === NEWLINE || byte === TAB || byte === 0x0d) continue;
      out[length++] = byte;
    }
    this.length = length;
  }

  /** A copied number (int, float8): as it is, or null when JSON has no such number (NaN, Infinity). */
  number(rows: CopiedRows, row: number, column: number): void {
    const text = rows.text(row, column);
    this.raw(text === null || !Number.isFinite(Number(text)) ? 'null' : text);
  }

  /** A copied boolean (t or f). */
  boolean(rows: CopiedRows, row: number, column: number): void {
    if (rows.isNull(row, column)) return this.raw('null');
    this.raw(rows.bytes[rows.start(row, column)] === 0x74 ? 'true' : 'false');
  }

  /** A copied UTC timestamp ("2026-12-02 14:59:22.093456") as Date.toISOString() writes it ("2026-12-02T14:59:22.093Z"). */
  instant(rows: CopiedRows, row: number, column: number): void {
    if (rows.isNull(row, column)) return this.raw('null');
    const { bytes } = rows;
    const start = rows.start(row, column);
    const end = rows.end(row, column);
    this.reserve(26);
    const out = this.buffer;
    let length = this.length;
    out[length++] = QUOTE;
    for (let at = start; at < start + 19; at++) out[length++] = at === start + 10 ? 0x54 : bytes[at]!;
    out[length++] = 0x2e;
    // Milliseconds: the first three digits of the fraction, zeros where it is shorter.
    for (let at = start + 20; at < start + 23; at++) out[length++] = at < end ? bytes[at]! : 0x30;
    out[length++] = 0x5a;
    out[length++] = QUOTE;
    this.length = length;
  }

  /** What was written. */
  result(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
