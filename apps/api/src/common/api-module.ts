import type { Type } from '@nestjs/common';

/**
 * What a module folder adds to the API, listed once in `modules/index.ts`: its Nest module
 * (services and resolvers), the entities of the tables it owns (for the data source and the
 * migration tooling) and its resolvers (for emitting schema.gql without a database).
 */
export interface ApiModule {
  module: Type;
  entities?: readonly Type[];
  resolvers?: readonly Type[];
}
