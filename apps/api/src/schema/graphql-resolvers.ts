import { DateScalar } from '../common/scalars/date.scalar.js';
import { CollectivitiesResolver } from '../modules/collectivities/collectivities.resolver.js';

/** Every resolver and scalar of the API, for emitting schema.gql without a database; a test checks the running app agrees. */
export const graphqlResolvers = [CollectivitiesResolver];
export const graphqlScalars = [DateScalar];
