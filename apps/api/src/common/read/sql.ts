/**
 * SQL fragments with their values kept apart: a fragment is text pieces and values, rendered
 * once into `$1, $2…` placeholders, so no value is ever pasted into the text.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** Renders into text with numbered placeholders; `params` collects the values (shared across fragments). */
  render(params: unknown[]): string {
    return this.renderWith((value) => `$${params.push(value)}`);
  }

  /** Renders with each value written by `place` (a placeholder, or a quoted literal where a statement takes no parameters). */
  renderWith(place: (value: unknown) => string): string {
    let text = this.strings[0]!;
    for (let index = 0; index < this.values.length; index++) {
      const value = this.values[index];
      text += value instanceof Sql ? value.renderWith(place) : place(value);
      text += this.strings[index + 1]!;
    }
    return text;
  }

  isEmpty(): boolean {
    return this.values.length === 0 && this.strings.every((part) => part.trim() === '');
  }
}

/** `sql\`a.id = ${id}\``: values become parameters, nested fragments are inlined. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Trusted text (identifiers and expressions written in the code, never input). */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

export function join(fragments: readonly Sql[], separator: string): Sql {
  if (fragments.length === 0) return raw('');
  const strings = ['', ...fragments.slice(1).map(() => separator), ''];
  return new Sql(strings, fragments);
}

/** AND of the conditions; TRUE when there is none. */
export function and(conditions: readonly (Sql | null | undefined)[]): Sql {
  const present = conditions.filter((condition): condition is Sql => !!condition && !condition.isEmpty());
  if (present.length === 0) return raw('TRUE');
  if (present.length === 1) return present[0]!;
  return sql`(${join(
    present.map((condition) => sql`(${condition})`),
    ' AND ',
  )})`;
}

export const TRUE = raw('TRUE');
export const FALSE = raw('FALSE');
