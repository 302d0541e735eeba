import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { NotFoundError, UserInputError } from './app-errors.js';
import { flattenErrors, formatGraphQLError } from './format-graphql-error.js';

describe('formatGraphQLError', () => {
  const noLog = () => undefined;

  it('passes our own errors through with their code and fields', () => {
    const original = UserInputError.forField('siren', 'SIREN_FORMAT', 'A SIREN is 9 digits.');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['createCollectivity'] });
    expect(formatGraphQLError(wrapped, noLog)).toMatchObject({
      message: 'Invalid input: siren: A SIREN is 9 digits.',
      path: ['createCollectivity'],
      extensions: { code: 'BAD_USER_INPUT', field: 'siren', fields: [{ field: 'siren', code: 'SIREN_FORMAT' }] },
    });
    const notFound = new NotFoundError('Collectivity', 'x');
    expect(formatGraphQLError(new GraphQLError('', { originalError: notFound }), noLog).extensions?.code).toBe('NOT_FOUND');
  });

  it('names the field of a variable of the wrong type', () => {
    const error = new GraphQLError(
      'Variable "$input" got invalid value "CASTLE" at "input.kind"; Value "CASTLE" does not exist in "CollectivityKind" enum.',
    );
    expect(formatGraphQLError(error, noLog).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const page = new GraphQLError(
      'Variable "$page" got invalid value "x" at "page.limit"; Int cannot represent non-integer value: "x"',
    );
    expect(formatGraphQLError(page, noLog).extensions).toMatchObject({ field: 'page.limit' });
  });

  it('names a required field left out of a variable', () => {
    const error = new GraphQLError(
      'Variable "$input" got invalid value { notes: "x" }; Field "version" of required type "Int!" was not provided.',
    );
    expect(formatGraphQLError(error, noLog).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'version',
      fields: [{ code: 'required' }],
    });
    const filter = new GraphQLError(
      'Variable "$filter" got invalid value {}; Field "year" of required type "Int!" was not provided.',
    );
    expect(formatGraphQLError(filter, noLog).extensions).toMatchObject({ field: 'filter.year' });
  });

  it('leaves the suggestions out when asked (production)', () => {
    const unknown = new GraphQLError('Cannot query field "nme" on type "Collectivity". Did you mean "name"?');
    expect(formatGraphQLError(unknown, noLog, { hideSuggestions: true }).message).toBe(
      'Cannot query field "nme" on type "Collectivity".',
    );
    expect(formatGraphQLError(unknown, noLog).message).toContain('Did you mean "name"?');
    const variable = new GraphQLError(
      'Variable "$input" got invalid value "COMUNE" at "input.kind"; Value "COMUNE" does not exist in "CollectivityKind" enum. Did you mean the enum value "COMMUNE"?',
    );
    const formatted = formatGraphQLError(variable, noLog, { hideSuggestions: true });
    expect(JSON.stringify(formatted)).not.toMatch(/Did you mean|"COMMUNE"/);
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('marks a document that does not validate', () => {
    expect(formatGraphQLError(new GraphQLError('Cannot query field "nope" on type "Query".'), noLog).extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('masks anything unexpected and logs it', () => {
    const log = jest.fn();
    const sqlError = new Error('duplicate key value violates unique constraint "secret_idx" in INSERT INTO users');
    const formatted = formatGraphQLError(new GraphQLError(sqlError.message, { originalError: sqlError }), log);
    expect(formatted).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toContain('INSERT');
    expect(log).toHaveBeenCalledWith(sqlError);
  });

  it('unwraps the validation errors mercurius groups', () => {
    const inner = [new GraphQLError('a'), new GraphQLError('b')];
    const grouped = Object.assign(new Error('Graphql validation error'), { errors: inner });
    expect(flattenErrors([new GraphQLError('x', { originalError: grouped })]).map((error) => error.message)).toEqual(['a', 'b']);
  });
});
