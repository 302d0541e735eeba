import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { Logger } from '@nestjs/common';
import type { ExecutionResult, GraphQLError } from 'graphql';
import { flattenErrors, formatGraphQLError } from './common/errors/format-graphql-error.js';
import { createRequestContext } from './common/loaders/request-loaders.js';

const logger = new Logger('GraphQL');

export function graphqlOptions(production: boolean): Omit<MercuriusDriverConfig, 'driver'> {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    resolvers: {},
    path: '/graphql',
    graphiql: !production,
    // graphql-jit is left off: its variable coercion ignores input field defaults and words errors
    // differently, which loses the field at fault in BAD_USER_INPUT errors.
    context: () => createRequestContext(),
    errorFormatter: (execution: ExecutionResult & { errors: readonly GraphQLError[] }, context: unknown) => {
      const requestId = (context as { reply?: { raw?: { getHeader(name: string): unknown } } })?.reply?.raw?.getHeader(
        'x-request-id',
      );
      const errors = flattenErrors(execution.errors).map((error) =>
        formatGraphQLError(error, (unexpected) => logger.error({ err: unexpected, requestId }, 'Unexpected error')),
      );
      // A document that does not validate is a 400 (mercurius sets it); anything that executed is a 200.
      const statusCode = (execution.errors[0]?.originalError as { statusCode?: unknown } | undefined)?.statusCode;
      return {
        statusCode: execution.data == null && typeof statusCode === 'number' ? statusCode : 200,
        response: { data: execution.data ?? null, errors },
      };
    },
  };
}

