import type { ApiModule } from '../common/api-module.js';
import { apiTokensModule } from './api-tokens/api-tokens.module.js';
import { auditModule } from './audit/audit.module.js';
import { authModule } from './auth/auth.module.js';
import { collectivitiesModule } from './collectivities/collectivities.module.js';
import { contactsModule } from './contacts/contacts.module.js';
import { cooperationsModule } from './cooperations/cooperations.module.js';
import { documentsModule } from './documents/documents.module.js';
import { eventsModule } from './events/events.module.js';
import { groupsModule } from './groups/groups.module.js';
import { healthModule } from './health/health.module.js';
import { mailingsModule } from './mailings/mailings.module.js';
import { membershipsModule } from './memberships/memberships.module.js';
import { partnersModule } from './partners/partners.module.js';
import { referentialModule } from './referential/referential.module.js';
import { syncModule } from './sync/sync.module.js';
import { webhooksModule } from './webhooks/webhooks.module.js';
import { usersModule } from './users/users.module.js';

/**
 * Every module of the API, once: the app module imports their Nest modules, the data source and
 * the migration tooling take their entities, and schema.gql is emitted from their resolvers.
 * Adding a module is adding its folder and one line here.
 */
export const apiModules: readonly ApiModule[] = [
  authModule,
  usersModule,
  apiTokensModule,
  auditModule,
  collectivitiesModule,
  contactsModule,
  groupsModule,
  cooperationsModule,
  partnersModule,
  membershipsModule,
  eventsModule,
  healthModule,
  referentialModule,
  syncModule,
  webhooksModule,
  mailingsModule,
  documentsModule,
];
