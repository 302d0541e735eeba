import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';
import { createI18nProvider } from '../i18n/i18nProvider';
import type { MutationOptions } from '@apollo/client';
import type { HttpError } from 'react-admin';
import { buildQuery } from './buildQuery';
import { OPERATIONS, createOperationRunner, operationError, rawFieldProblems } from './operations';
import { RESOURCES } from './resourceTable';

/**
 * The resource-table entries of partners, partnerships and dues, and the operations outside
 * react-admin's verbs. Every document the console sends is checked against the API's schema.
 */

/** The API's contract (apps/api/schema.gql, emitted by the API's build). */
const schema = buildSchema(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.gql'), 'utf8'),
);
const text = (result: { query: DocumentNode }) => print(result.query).replace(/\s+/g, ' ');
const valid = (document: DocumentNode) => validate(schema, document).map((error) => error.message);

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

describe('resource table — partners', () => {
  it('lists by search and kind, without sort or ids (the API has none)', () => {
    const result = buildQuery('GET_LIST', 'partners', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: ' platforma ', kind: 'EU_PROGRAMME' },
    });
    expect(result.variables).toEqual({
      filter: { search: 'platforma', kinds: ['EU_PROGRAMME'] },
      page: { offset: 25, limit: 25 },
    });
    expect(text(result)).toContain(
      'query PartnerList($filter: PartnerFilter, $page: PageInput) { data: partners(filter: $filter, page: $page)',
    );
    expect(valid(result.query)).toEqual([]);
  });

  it('creates with the writable fields, trimmed, and updates with the version read', () => {
    const create = buildQuery('CREATE', 'partners', {
      data: {
        name: ' PLATFORMA ',
        acronym: '',
        kind: 'EU_PROGRAMME',
        countryCode: 'be',
        website: 'https://platforma-dev.eu',
        id: 'x',
      },
    });
    expect(create.variables).toEqual({
      input: { name: 'PLATFORMA', kind: 'EU_PROGRAMME', countryCode: 'BE', website: 'https://platforma-dev.eu' },
    });
    expect(valid(create.query)).toEqual([]);
    const previousData = { id: 'p1', name: 'PLATFORMA', acronym: null, kind: 'EU_PROGRAMME', notes: null, version: 3 };
    const update = buildQuery('UPDATE', 'partners', {
      id: 'p1',
      data: { ...previousData, notes: 'Coalition européenne' },
      previousData,
    });
    expect(update.variables).toEqual({ id: 'p1', input: { notes: 'Coalition européenne', version: 3 } });
    expect(valid(update.query)).toEqual([]);
    expect(valid(buildQuery('GET_ONE', 'partners', { id: 'p1' }).query)).toEqual([]);
    expect(valid(buildQuery('DELETE', 'partners', { id: 'p1' }).query)).toEqual([]);
  });

  it('looks partners up by ids (a picker shows the partners selected)', () => {
    const result = buildQuery('GET_MANY', 'partners', { ids: ['p1'] });
    expect(result.variables).toMatchObject({ filter: { ids: ['p1'] } });
    expect(valid(result.query)).toEqual([]);
  });
});

describe('resource table — partnerships', () => {
  it('filters by partner, year and kind', () => {
    const result = buildQuery('GET_LIST', 'partnerships', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { partnerId: 'p1', year: 2021, kind: ['FINANCIAL', 'IN_KIND'] },
    });
    expect(result.variables).toEqual({
      filter: { partnerId: 'p1', year: 2021, kinds: ['FINANCIAL', 'IN_KIND'] },
      page: { offset: 0, limit: 25 },
    });
    expect(text(result)).toContain('partner { id name acronym kind }');
    expect(valid(result.query)).toEqual([]);
  });

  it('takes the amount in euros as typed and sends cents; the partner on creation only', () => {
    const create = buildQuery('CREATE', 'partnerships', {
      data: {
        partnerId: 'p1',
        year: 2021,
        kind: 'FINANCIAL',
        amountCents: '12 500,50',
        agreementReference: ' CONV-2021-07 ',
        notes: '',
      },
    });
    expect(create.variables).toEqual({
      input: { partnerId: 'p1', year: 2021, kind: 'FINANCIAL', amountCents: 1250050, agreementReference: 'CONV-2021-07' },
    });
    expect(valid(create.query)).toEqual([]);

    const previousData = {
      id: 's1',
      partnerId: 'p1',
      year: 2021,
      kind: 'FINANCIAL',
      amountCents: 1250050,
      version: 2,
      partner: { id: 'p1', name: 'PLATFORMA' },
    };
    // the amount shown for editing ("12500,50") is the same amount: not sent again
    const same = buildQuery('UPDATE', 'partnerships', {
      id: 's1',
      data: { ...previousData, amountCents: '12500,50', partnerId: 'p2' },
      previousData,
    });
    expect(same.variables).toEqual({ id: 's1', input: { version: 2 } });
    const changed = buildQuery('UPDATE', 'partnerships', {
      id: 's1',
      data: { ...previousData, amountCents: '15 000' },
      previousData,
    });
    expect(changed.variables).toEqual({ id: 's1', input: { amountCents: 1500000, version: 2 } });
    expect(valid(changed.query)).toEqual([]);
    const cleared = buildQuery('UPDATE', 'partnerships', { id: 's1', data: { ...previousData, amountCents: '' }, previousData });
    expect(cleared.variables?.input).toEqual({ amountCents: null, version: 2 });
  });

  it('ties a partnership to the edition of the Rencontres it supports', () => {
    const previousData = { id: 's1', partnerId: 'p1', year: 2021, kind: 'FINANCIAL', eventId: null, version: 3 };
    const tied = buildQuery('UPDATE', 'partnerships', { id: 's1', data: { ...previousData, eventId: 'e12' }, previousData });
    expect(tied.variables).toEqual({ id: 's1', input: { eventId: 'e12', version: 3 } });
    expect(valid(tied.query)).toEqual([]);
  });
});

describe('resource table — membership fees', () => {
  it('is read-only here, filtered by year, statuses, collectivity and name', () => {
    const definition = RESOURCES.membershipFees!;
    expect(definition.operations).toMatchObject({ one: null, create: null, update: null, delete: null });
    const result = buildQuery('GET_LIST', 'membershipFees', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      filter: { year: 2021, status: ['LATE', 'INVOICED'], q: 'dijon', collectivityId: 'c1' },
    });
    expect(result.variables).toEqual({
      filter: { year: 2021, statuses: ['LATE', 'INVOICED'], search: 'dijon', collectivityId: 'c1' },
      page: { offset: 0, limit: 50 },
    });
    expect(text(result)).toContain('collectivity { id name population }');
    expect(valid(result.query)).toEqual([]);
    expect(() => buildQuery('CREATE', 'membershipFees', { data: {} })).toThrow(/no "create" operation/);
  });

  it('collectivities: sends the deliberation with a change of membership status', () => {
    const previousData = { id: 'c1', name: 'Dijon', kind: 'COMMUNE', countryCode: 'FR', membershipStatus: 'NONE', version: 5 };
    const result = buildQuery('UPDATE', 'collectivities', {
      id: 'c1',
      data: {
        ...previousData,
        membershipStatus: 'MEMBER',
        deliberationDate: '2020-09-28',
        deliberationReference: 'DEL-2020-114',
      },
      previousData,
    });
    expect(result.variables?.input).toEqual({
      membershipStatus: 'MEMBER',
      deliberationDate: '2020-09-28',
      deliberationReference: 'DEL-2020-114',
      version: 5,
    });
    // left empty (or hidden again): nothing sent
    const without = buildQuery('UPDATE', 'collectivities', {
      id: 'c1',
      data: { ...previousData, notes: 'x', deliberationDate: null, deliberationReference: null },
      previousData,
    });
    expect(without.variables?.input).toEqual({ notes: 'x', version: 5 });
    expect(valid(result.query)).toEqual([]);
  });
});

describe('operations outside the verbs', () => {
  it.each(Object.entries(OPERATIONS))('%s fits the API schema', (_name, definition) => {
    expect(valid(parse(definition.document))).toEqual([]);
  });

  it('answers the operation data, and null for a year without a fee scale', async () => {
    const query = jest.fn(async () => ({ data: { data: null } }));
    const mutate = jest.fn(async () => ({ data: { data: { year: 2021, created: 3, existing: 1 } } }));
    const run = createOperationRunner({ query, mutate } as never, i18n);
    await expect(run('feeScale', { year: 2030 })).resolves.toEqual({ data: null });
    await expect(run('generateDues', { year: 2021, invoicedOn: null })).resolves.toEqual({
      data: { year: 2021, created: 3, existing: 1 },
    });
    expect((mutate.mock.calls[0] as unknown as [MutationOptions])[0].variables).toEqual({ year: 2021, invoicedOn: null });
    await expect(run('noSuchOperation', {})).rejects.toThrow(/Unknown operation/);
  });

  it('fails in French, keeping the API field paths (brackets.1) for the forms', async () => {
    const apolloError = Object.assign(new Error('Invalid input'), {
      graphQLErrors: [
        {
          message: 'Invalid input: brackets.1: Brackets overlap at 9000 inhabitants.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'brackets.1',
            fields: [{ field: 'brackets.1', code: 'OVERLAP', message: 'Brackets overlap at 9000 inhabitants.' }],
          },
        },
      ],
    });
    const run = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(apolloError)) } as never, i18n);
    const failure = (await run('setFeeScale', { input: {} }).catch((error: unknown) => error)) as HttpError;
    expect(failure.status).toBe(400);
    expect(failure.body.code).toBe('BAD_USER_INPUT');
    expect(failure.body.rawFields).toEqual([
      { field: 'brackets.1', code: 'OVERLAP', message: 'Brackets overlap at 9000 inhabitants.' },
    ]);
    expect(rawFieldProblems(apolloError)).toEqual(failure.body.rawFields);
  });

  it('says why paying is refused (CONFLICT: already paid; BAD_USER_INPUT: before the invoice)', async () => {
    const conflict = Object.assign(new Error('Already paid'), {
      graphQLErrors: [
        {
          message: 'Already paid: 1 of these dues. Nothing was changed.',
          extensions: {
            code: 'CONFLICT',
            field: 'ids',
            fields: [{ field: 'ids', code: 'ALREADY_PAID', message: 'These dues are already paid.' }],
          },
        },
      ],
    });
    const run = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(conflict)) } as never, i18n);
    const failure = await run('markFeesPaid', { input: {} }).catch((error: unknown) => error);
    expect(operationError(failure, translate).message).toBe(
      'Une des cotisations choisies est déjà payée : rien n’a été enregistré. Retirez-la de la sélection.',
    );

    const early = Object.assign(new Error('Invalid'), {
      graphQLErrors: [
        {
          message: 'A payment cannot precede the invoice (2021-01-15).',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'paidOn',
            fields: [{ field: 'paidOn', code: 'BEFORE_INVOICE', message: 'x' }],
          },
        },
      ],
    });
    const runEarly = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(early)) } as never, i18n);
    const refused = await runEarly('markFeesPaid', { input: {} }).catch((error: unknown) => error);
    expect(operationError(refused, translate).fieldErrors).toEqual({
      paidOn: 'Le paiement ne peut pas précéder la facturation.',
    });
  });

  it('explains a year without a fee scale', async () => {
    const noScale = Object.assign(new Error('Invalid'), {
      graphQLErrors: [
        {
          message: 'There is no fee scale for 2031: set it first.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'year',
            fields: [{ field: 'year', code: 'NO_FEE_SCALE', message: 'There is no fee scale for 2031: set it first.' }],
          },
        },
      ],
    });
    const run = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(noScale)) } as never, i18n);
    const failure = await run('generateDues', { year: 2031 }).catch((error: unknown) => error);
    expect(operationError(failure, translate).fieldErrors.year).toBe(
      "Aucun barème n'est défini pour cette année : un administrateur doit d'abord le saisir.",
    );
  });
});

describe('partnerships read alone', () => {
  it('reads a partnership with partnership(id)', () => {
    const result = buildQuery('GET_ONE', 'partnerships', { id: 's1' });
    expect(result.variables).toEqual({ id: 's1' });
    expect(print(result.query)).toContain('partnership(id: $id)');
    expect(valid(result.query)).toEqual([]);
  });
});

describe('resource table — participations', () => {
  it("reads an edition's participants of one group's members, as a president or the staff would", () => {
    const result = buildQuery('GET_LIST', 'participations', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'NAME', order: 'ASC' },
      filter: { eventId: 'e12', groupId: 'g-mali', status: 'ATTENDED' },
    });
    expect(result.variables).toMatchObject({ filter: { eventId: 'e12', groupId: 'g-mali', statuses: ['ATTENDED'] } });
    expect(valid(result.query)).toEqual([]);
  });
});
