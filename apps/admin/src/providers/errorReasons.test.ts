import { describe, expect, it } from '@jest/globals';
import { ERROR_REASONS, FIELD_ERROR_REASONS, REQUEST_ERROR_REASONS } from '@territoria/domain';
import { HttpError } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { ERROR_CODES, errorReasonOf, toReactAdminError, type Translate } from './errors';

const LOCALES = ['fr', 'en'] as const;
const translators = Object.fromEntries(
  LOCALES.map((locale) => {
    const i18n = createI18nProvider(locale);
    return [locale, ((key, options) => i18n.translate(key, options)) as Translate];
  }),
) as Record<(typeof LOCALES)[number], Translate>;

const isWorded = (translate: Translate, key: string) => {
  const text = translate(key, { _: '\u0000' });
  return text !== '\u0000' && text !== key && text.trim() !== '';
};

/** What ra-data-graphql throws: an HttpError whose body is Apollo's error. */
const refusal = (extensions: Record<string, unknown>, message = 'An English sentence the console never shows.') =>
  new HttpError('Apollo error', 200, { name: 'ApolloError', graphQLErrors: [{ message, extensions }], networkError: null });

describe.each(LOCALES)('every reason the API can send is worded (%s)', (locale) => {
  const translate = translators[locale];

  it('has a wording for every error code', () => {
    expect(ERROR_CODES.filter((code) => !isWorded(translate, `territoria.errors.codes.${code}`))).toEqual([]);
  });

  it('has a wording for every reason of a whole request', () => {
    expect(REQUEST_ERROR_REASONS.filter((reason) => !isWorded(translate, `territoria.errors.reasons.${reason}`))).toEqual([]);
  });

  it('has a wording for every reason of a field', () => {
    expect(FIELD_ERROR_REASONS.filter((reason) => !isWorded(translate, `territoria.errors.fields.${reason}`))).toEqual([]);
  });

  it('lists each reason once, request and field reasons together', () => {
    expect(ERROR_REASONS.length).toBe(new Set([...REQUEST_ERROR_REASONS, ...FIELD_ERROR_REASONS]).size);
  });
});

describe('refusals worded from their code, reason and parts', () => {
  it.each([
    [
      'fr',
      { code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_RATE_LIMITED', retryAfterSeconds: 42 },
      'Trop de tentatives de connexion : réessayez dans 42 secondes.',
      429,
    ],
    [
      'en',
      { code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_RATE_LIMITED', retryAfterSeconds: 1 },
      'Too many sign-in attempts: try again in 1 second.',
      429,
    ],
    [
      'fr',
      { code: 'FORBIDDEN', reason: 'TOKEN_SCOPE_MISSING', scopes: ['WRITE_CONTACTS'] },
      "Ce jeton d'API n'a pas le droit nécessaire (WRITE_CONTACTS).",
      403,
    ],
    ['en', { code: 'FORBIDDEN', reason: 'TOKEN_READ_ONLY' }, 'API tokens only read: this operation is refused to them.', 403],
    [
      'fr',
      { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', role: 'PRESIDENT' },
      'Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.',
      403,
    ],
    ['en', { code: 'UNAUTHENTICATED', reason: 'TOKEN_REVOKED' }, 'This API token was revoked.', 401],
    [
      'fr',
      { code: 'QUERY_TOO_COSTLY', reason: 'QUERY_TOO_COSTLY', cost: 12_000_000, maxCost: 5_000_000, maximum: 5_000_000 },
      'La demande porte sur trop de données à la fois (3 fois le maximum) : affichez moins de lignes par page.',
      400,
    ],
    [
      'en',
      { code: 'QUERY_TOO_COSTLY', reason: 'TOO_MANY_PAGE_ROWS', pageRows: 30000, maximum: 1000 },
      'The request asks for 30000 rows: at most 1000 at once.',
      400,
    ],
    [
      'fr',
      { code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE', maximum: 8 * 1024 * 1024 },
      'La demande dépasse la taille que le serveur accepte (8 Mo) : réduisez la taille des textes ou le nombre de fiches.',
      413,
    ],
    ['en', { code: 'CSRF_REFUSED', reason: 'CONTENT_TYPE' }, 'The server refused the request: it is not sent as JSON.', 403],
    [
      'fr',
      { code: 'CONFLICT', reason: 'STALE_VERSION', entity: 'Collectivity', id: 'c1', currentVersion: 4 },
      "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
      409,
    ],
    [
      'en',
      { code: 'CONFLICT', reason: 'ALREADY_PAID', fields: [{ field: 'ids', code: 'ALREADY_PAID', message: '…' }] },
      'One of the selected fees is paid already: nothing was saved. Take it out of the selection.',
      409,
    ],
  ] as const)('%s: %j', (locale, extensions, message, status) => {
    const error = toReactAdminError(refusal(extensions), translators[locale]);
    expect(error.message).toBe(message);
    expect(error.status).toBe(status);
    expect(errorReasonOf(error)).toBe(extensions.reason);
  });

  it('keeps the parts of a refusal for the page that handles it (a stale version names the current one)', () => {
    const error = toReactAdminError(
      refusal({ code: 'CONFLICT', reason: 'STALE_VERSION', entity: 'Collectivity', id: 'c1', currentVersion: 4 }),
      translators.en,
    );
    expect(error.body).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      extensions: { entity: 'Collectivity', id: 'c1', currentVersion: 4 },
    });
  });

  it.each([
    ['fr', 'Trop de fiches à la fois : 1000 au maximum.'],
    ['en', 'Too many records at once: at most 1000.'],
  ] as const)('words a field refusal with its limit (%s)', (locale, text) => {
    const error = toReactAdminError(
      refusal({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY',
        field: 'ids',
        fields: [{ field: 'ids', code: 'TOO_MANY', message: 'At most 1000 registrations at once.' }],
        maximum: 1000,
      }),
      translators[locale],
      { formFields: [] },
    );
    expect(error.message).toBe(text);
  });

  it('never shows the server sentence, even for a reason it does not know', () => {
    const error = toReactAdminError(
      refusal({ code: 'FORBIDDEN', reason: 'A_REASON_FROM_A_NEWER_API' }, 'Secret English sentence'),
      translators.fr,
    );
    expect(error.message).toBe(
      'Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.',
    );
  });
});
