import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Collectivity } from '../modules/collectivities/collectivity.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, for the data source and the migration tooling. */
export const entities = [Collectivity, User, Session, ApiToken, AuditEntry];
