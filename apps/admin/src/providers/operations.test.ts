import { describe, expect, it, jest } from '@jest/globals';
import { parse } from 'graphql';
import type { MutationOptions } from '@apollo/client';
import type { HttpError } from 'react-admin';
import { OPERATIONS, createOperationRunner, operationError, rawFieldProblems } from './operations';
import { i18n, translate, valid } from '../../test/apiSchema';
import { alreadyPaidFailure, apiRefusal, noFeeScaleFailure } from '../../test/collectivityFixtures';

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
    const conflict = alreadyPaidFailure();
    const run = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(conflict)) } as never, i18n);
    const failure = await run('markFeesPaid', { input: {} }).catch((error: unknown) => error);
    expect(operationError(failure, translate).message).toBe(
      'Une des cotisations choisies est déjà payée : rien n’a été enregistré. Retirez-la de la sélection.',
    );

    const early = apiRefusal(
      { message: 'A payment cannot precede the invoice (2021-01-15).', code: 'BAD_USER_INPUT' },
      { field: 'paidOn', code: 'BEFORE_INVOICE', message: 'x' },
    );
    const runEarly = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(early)) } as never, i18n);
    const refused = await runEarly('markFeesPaid', { input: {} }).catch((error: unknown) => error);
    expect(operationError(refused, translate).fieldErrors).toEqual({
      paidOn: 'Le paiement ne peut pas précéder la facturation.',
    });
  });

  it('explains a year without a fee scale', async () => {
    const noScale = noFeeScaleFailure();
    const run = createOperationRunner({ mutate: jest.fn(async () => Promise.reject(noScale)) } as never, i18n);
    const failure = await run('generateDues', { year: 2031 }).catch((error: unknown) => error);
    expect(operationError(failure, translate).fieldErrors.year).toBe(
      "Aucun barème n'est défini pour cette année : un administrateur doit d'abord le saisir.",
    );
  });
});
