import { Logger } from '@nestjs/common';
import { MAX_QUERY_ALIASES, MAX_QUERY_DEPTH } from '@territoria/domain';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule, type ExecutionResult, type GraphQLError } from 'graphql';
import { flattenErrors, formatGraphQLError } from './common/errors/format-graphql-error.js';
import { aliasLimitRule, QUERY_COST_BUDGET, queryLimitsHook } from './common/limits/query-limits.js';
import { resolveCompiledFields } from './common/read/compiled-fields.js';
import { answerInSqlHook } from './common/read/answer.js';
import type { ReadService } from './common/read/read.service.js';
import { createRequestContext } from './common/loaders/request.loaders.js';
import { idArgumentsHook } from './common/validation/id-arguments.js';
import { documentSchema } from './schema/schema-documentation.js';
import type { AuthenticatedContext } from './common/access/auth-context.js';
import type { AuthService } from './modules/auth/auth.service.js';

const logger = new Logger('GraphQL');

/** Limits on what one request may ask, so no query can exhaust the server. */
export const GRAPHQL_LIMITS = {
  depth: MAX_QUERY_DEPTH,
  aliases: MAX_QUERY_ALIASES,
  /** The most values an answer may hold, counted from the page limits and list caps (common/limits). */
  cost: QUERY_COST_BUDGET,
} as const;

export function graphqlOptions(
  auth: AuthService,
  read: ReadService,
  production: boolean,
  { maxBodyBytes }: { maxBodyBytes?: number } = {},
): Omit<MercuriusDriverConfig, 'driver'> {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: (schema) => resolveCompiledFields(documentSchema(schema)),
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    path: '/graphql',
    graphiql: !production,
    // Field resolvers (region, department…) are guarded too, not only queries and mutations.
    fieldResolverEnhancers: ['guards', 'filters'],
    queryDepth: GRAPHQL_LIMITS.depth,
    // Batched operations are refused (mercurius' default): one operation per request.
    allowBatchedQueries: false,
    validationRules: [aliasLimitRule(GRAPHQL_LIMITS.aliases), ...(production ? [NoSchemaIntrospectionCustomRule] : [])],
    // Checked with the request's variables, before any resolver: the cost (it depends on page.limit),
    // then every ID, in any argument, must be a UUID. Last, a query the read road answers whole is
    // sent as the database wrote it (common/read/answer.ts).
    hooks: { preExecution: [queryLimitsHook(GRAPHQL_LIMITS.cost), idArgumentsHook, answerInSqlHook(() => read)] },
    // graphql-jit is left off: its variable coercion ignores input field defaults and words errors
    // differently, which loses the field at fault in BAD_USER_INPUT errors.
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<AuthenticatedContext> => ({
      ...createRequestContext(),
      actor: await auth.authenticate(request),
      request,
      reply,
    }),
    errorFormatter: (execution: ExecutionResult & { errors: readonly GraphQLError[] }, context: unknown) => {
      const requestId = (context as { reply?: FastifyReply })?.reply?.request.id;
      const errors = flattenErrors(execution.errors, { maxDepth: GRAPHQL_LIMITS.depth }).map((error) =>
        formatGraphQLError(error, (unexpected) => logger.error({ err: unexpected, requestId }, 'Unexpected error'), {
          hideSuggestions: production,
          maxBodyBytes,
        }),
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
