import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, print, validate, type DocumentNode } from 'graphql';
import { createI18nProvider } from '../src/i18n/i18nProvider';

/** The API's contract (apps/api/schema.gql, emitted by the API's build). */
export const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../api/schema.gql', import.meta.url)), 'utf8'));

/** A built document on one line, to look for a piece of it. */
export const text = (result: { query: DocumentNode }) => print(result.query).replace(/\s+/g, ' ');

/** What the API would refuse in a document (none: it fits the schema). */
export const valid = (document: DocumentNode) => validate(schema, document).map((error) => error.message);

/** The console's i18n provider, in French. */
export const i18n = createI18nProvider('fr');
/** The console's French. */
export const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);
