import { describe, expect, it, jest } from '@jest/globals';
import { HttpError } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { errorCodeOf, toReactAdminError } from './errors';
import { RESOURCES } from './resourceTable';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

/** What ra-data-graphql throws: an HttpError whose body is Apollo's error. */
const apolloFailure = (graphQLErrors: unknown[]) =>
  new HttpError('Apollo error', 200, { name: 'ApolloError', graphQLErrors, networkError: null });

describe('toReactAdminError', () => {
  it('turns BAD_USER_INPUT with fields into French form errors keyed by field', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'siren', code: 'SIREN_FORMAT', message: 'A SIREN is 9 digits with a valid check digit (Luhn).' },
              { field: 'countryCode', code: 'FRENCH_KIND_OUTSIDE_FRANCE', message: '…' },
              { field: 'name', code: 'maxLength', message: 'name must be shorter than or equal to 200 characters' },
              { field: 'email', code: 'isEmail', message: 'email must be an email' },
              { field: 'postalCodes.1', code: 'matches', message: 'each value in postalCodes must match' },
            ],
          },
        },
      ]),
      translate,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Certaines valeurs sont invalides : corrigez les champs signalés.');
    expect(error.body.errors).toEqual({
      siren: 'Le SIREN compte 9 chiffres et sa clé de contrôle doit être valide.',
      countryCode: 'Ce type de collectivité est français : le pays doit être la France.',
      name: '200 caractères au maximum.',
      email: 'Adresse de courriel invalide (par ex. contact@mairie.fr).',
      postalCodes: 'Code postal invalide : 5 chiffres par code, par ex. 21000.',
      root: { serverError: 'Certaines valeurs sont invalides : corrigez les champs signalés.' },
    });
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
  });

  it('gives the expected INSEE format for the kind being saved', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'inseeCode', code: 'INSEE_CODE_FORMAT', message: '…' }] },
        },
      ]),
      translate,
      { kind: 'COMMUNE' },
    );
    expect(error.body.errors.inseeCode).toBe(
      'Code INSEE invalide pour ce type de collectivité : 5 caractères, par ex. 21231 ou 2A004.',
    );
  });

  it('names the duplicated field', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'duplicate key value violates unique constraint',
          extensions: { code: 'DUPLICATE', fields: [{ field: 'siren', code: 'DUPLICATE', message: 'already used' }] },
        },
      ]),
      translate,
    );
    expect(error.status).toBe(409);
    expect(error.body.errors.siren).toBe('Ce SIREN est déjà attribué à une autre collectivité.');
    expect(error.message).toBe('Une autre fiche utilise déjà cette valeur : corrigez les champs signalés.');
  });

  it('explains a stale version (CONFLICT) in French, without form errors', () => {
    const error = toReactAdminError(apolloFailure([{ message: 'Stale version', extensions: { code: 'CONFLICT' } }]), translate);
    expect(error.message).toBe(
      "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
    );
    expect(error.body.code).toBe('CONFLICT');
    expect(error.body.errors).toBeUndefined();
  });

  it.each([
    ['NOT_FOUND', 404, "Cette fiche n'existe pas ou a été supprimée."],
    [
      'PAYLOAD_TOO_LARGE',
      413,
      'La demande est trop volumineuse pour le serveur. Réduisez la taille des textes ou le nombre de fiches demandées.',
    ],
    [
      'CSRF_REFUSED',
      403,
      "Le serveur a refusé la demande : la console n'est pas ouverte à l'adresse qu'il connaît. Un administrateur doit la déclarer (PUBLIC_URL).",
    ],
    [
      'INTERNAL_SERVER_ERROR',
      500,
      "Le serveur a rencontré une erreur. Réessayez dans quelques instants ; si le problème persiste, prévenez l'équipe technique.",
    ],
  ])('translates %s', (code, status, message) => {
    const error = toReactAdminError(apolloFailure([{ message: 'whatever', extensions: { code } }]), translate);
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
  });

  it('finds the field of a GraphQL coercion error (invalid date)', () => {
    const error = toReactAdminError(
      {
        graphQLErrors: [
          {
            message: 'Variable "$input" got invalid value "31/12/2024" at "input.memberSince"; Expected a date YYYY-MM-DD',
            // what the API's error formatter makes of it
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'type',
              field: 'memberSince',
              fields: [{ field: 'memberSince', code: 'type', message: '…' }],
            },
          },
        ],
      },
      translate,
    );
    expect(error.body.code).toBe('BAD_USER_INPUT');
    expect(error.body.errors.memberSince).toBe('Valeur invalide pour ce champ.');
  });

  it('reports a server that does not answer', () => {
    const error = toReactAdminError(new HttpError('Failed to fetch', undefined), translate);
    expect(error.message).toBe('Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.');
    expect(error.body.code).toBe('NETWORK');
  });

  it('maps an HTTP 413 to PAYLOAD_TOO_LARGE', () => {
    const error = toReactAdminError(new HttpError('Response not successful: Received status code 413', 413), translate);
    expect(error.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('follows the language of the console', () => {
    const english = createI18nProvider('en');
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'siren', code: 'SIREN_FORMAT', message: '…' }] },
        },
      ]),
      (key, options) => english.translate(key, options),
    );
    expect(error.body.errors.siren).toBe('A SIREN is 9 digits with a valid check digit.');
  });

  it('falls back to the generic wording for an unknown field code, never to the server message', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'notes', code: 'isWeird', message: 'notes is weird' }] },
        },
      ]),
      translate,
    );
    expect(error.body.errors.notes).toBe('Valeur invalide pour ce champ.');
  });
});

describe('answers with errors', () => {
  it('fails a request whose data is missing (GET_ONE of a deleted record → NOT_FOUND)', async () => {
    const { buildQuery } = await import('./buildQuery');
    const query = buildQuery('GET_ONE', 'collectivities', { id: 'gone' });
    let thrown: unknown;
    try {
      query.parseResponse({
        data: { data: null },
        errors: [{ message: 'Collectivity gone does not exist.', extensions: { code: 'NOT_FOUND' } }],
      } as any);
    } catch (error) {
      thrown = error;
    }
    // ra-data-graphql wraps what parseResponse throws in HttpError(message, 200, error)
    const error = toReactAdminError(new HttpError('wrapped', 200, thrown), translate);
    expect(error.body.code).toBe('NOT_FOUND');
    expect(error.message).toBe("Cette fiche n'existe pas ou a été supprimée.");
  });

  it('keeps the page when only a nested field failed', async () => {
    const { buildQuery } = await import('./buildQuery');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const query = buildQuery('GET_LIST', 'collectivities', { pagination: { page: 1, perPage: 1 }, sort: {}, filter: {} });
    const result = query.parseResponse({
      data: { data: { nodes: [{ id: '1', name: 'Aast', department: null }], totalCount: 1, hasNextPage: false } },
      errors: [
        {
          message: 'Internal server error',
          path: ['data', 'nodes', 0, 'department'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    } as any);
    expect(result.data).toEqual([{ id: '1', name: 'Aast', department: null }]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('spells out problems on fields the form does not show', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'version', code: 'min', message: 'version must not be less than 1' }],
          },
        },
      ]),
      translate,
      { formFields: ['name', 'siren'] },
    );
    expect(error.message).toBe('La valeur est trop petite.');
    expect(error.body.errors.root.serverError).toBe('La valeur est trop petite.');
  });

  it('explains why a referential row cannot be deleted', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'Dijon comes from the official referential and cannot be deleted',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', code: 'REFERENTIAL_ROW', message: '…' }] },
        },
      ]),
      translate,
      { formFields: ['name', 'siren'] },
    );
    expect(error.message).toBe(
      "Cette collectivité vient du référentiel officiel : elle ne peut pas être supprimée. Changez plutôt son statut d'adhésion.",
    );
  });

  it('adds the problems of hidden fields to those shown on the form', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'siren', code: 'REFERENTIAL_FIELD', message: '…' },
              { field: 'version', code: 'min', message: '…' },
            ],
          },
        },
      ]),
      translate,
      { formFields: ['name', 'siren'] },
    );
    expect(error.body.errors.siren).toBe(
      'Cette valeur vient du référentiel officiel, mis à jour à chaque import : elle ne peut pas être modifiée ici.',
    );
    expect(error.body.errors.root.serverError).toBe(
      'Certaines valeurs sont invalides : corrigez les champs signalés. La valeur est trop petite.',
    );
  });
});

describe('a resource words its own refusals (participations)', () => {
  const participations = {
    resource: 'participations',
    formFields: ['collectivityId', 'partnerId', 'organisationName', 'role', 'status', 'countryCode', 'notes'],
  };

  it('says a person is already registered for the edition, keeping the existing registration for a link', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'This person is already registered for this edition.',
          extensions: {
            code: 'DUPLICATE',
            field: 'contactId',
            fields: [{ field: 'contactId', code: 'unique', message: 'This person is already registered for this edition.' }],
            existingId: 'pa-existing',
          },
        },
      ]),
      translate,
      participations,
    );
    expect(error.message).toBe('Cette personne est déjà inscrite à cette édition');
    expect(error.body.extensions).toEqual({ existingId: 'pa-existing' });
    expect(error.body.errors.contactId).toBe('Cette personne est déjà inscrite à cette édition.');
  });

  it('explains a check-in refused because the registration was cancelled (extensions.reason)', () => {
    const error = toReactAdminError(
      apolloFailure([
        {
          message: 'This registration was cancelled: the arrival cannot be recorded.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'id',
            fields: [{ field: 'id', code: 'CANCELLED', message: 'This registration was cancelled.' }],
            reason: 'CANCELLED',
          },
        },
      ]),
      translate,
      participations,
    );
    expect(error.message).toBe("Inscription annulée : impossible d'enregistrer l'arrivée");
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
  });

  it('leaves the other resources their usual wording', () => {
    const error = toReactAdminError(
      apolloFailure([
        { message: 'Duplicate', extensions: { code: 'DUPLICATE', fields: [{ field: 'siren', code: 'unique', message: '…' }] } },
      ]),
      translate,
      { resource: 'collectivities', formFields: ['siren'] },
    );
    expect(error.message).toBe('Une autre fiche utilise déjà cette valeur : corrigez les champs signalés.');
  });
});

describe('errors of the new operations', () => {
  const apiError = (extensions: Record<string, unknown>, message = 'refused') =>
    toReactAdminError(new HttpError('Apollo error', 200, { graphQLErrors: [{ message, extensions }] }), translate, {
      formFields: RESOURCES.contacts!.inputFields,
    });

  it('keeps the candidates of a possible duplicate, and says it in French under the last name', () => {
    const candidates = [{ id: 'p9', firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne@dijon.fr' }];
    const error = apiError({
      code: 'DUPLICATE',
      field: 'lastName',
      fields: [{ field: 'lastName', code: 'POSSIBLE_DUPLICATE', message: 'This person may already exist.' }],
      candidates,
    });
    expect(error.status).toBe(409);
    expect(error.body).toMatchObject({
      code: 'DUPLICATE',
      extensions: { candidates },
      errors: { lastName: 'Cette personne existe peut-être déjà.' },
    });
  });

  it('names the collectivities already members, and the reasons an officer is refused', () => {
    const already = toReactAdminError(
      new HttpError('Apollo error', 200, {
        graphQLErrors: [
          {
            message: 'Already a member of the group: Dijon, Paris.',
            extensions: {
              code: 'DUPLICATE',
              reason: 'ALREADY_MEMBER',
              fields: [{ field: 'collectivityIds', code: 'ALREADY_MEMBER', message: 'Already a member: Dijon, Paris.' }],
              names: ['Dijon', 'Paris'],
            },
          },
        ],
      }),
      translate,
      { formFields: [] },
    );
    expect(already.message).toBe('Déjà membre du groupe : Dijon, Paris.');
    const overlap = toReactAdminError(
      new HttpError('Apollo error', 200, {
        graphQLErrors: [
          {
            message: 'Invalid input',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'startedOn', code: 'PRESIDENCY_OVERLAP', message: '…' }] },
          },
        ],
      }),
      translate,
      { formFields: RESOURCES.groupOffices!.inputFields },
    );
    expect((overlap.body as { errors: Record<string, string> }).errors.startedOn).toMatch(
      /^Ce groupe n'a qu'une présidence à la fois/,
    );
  });
});
