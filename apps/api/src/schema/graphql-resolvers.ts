import { DateScalar } from '../common/scalars/date.scalar.js';
import { apiModules } from '../modules/index.js';

/** Every resolver and scalar of the API, for emitting schema.gql without a database; a test checks the running app agrees. */
export const graphqlResolvers = apiModules.flatMap((module) => module.resolvers ?? []);
export const graphqlScalars = [DateScalar];
