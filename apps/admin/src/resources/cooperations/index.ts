import { defineConsoleResource } from '../consoleResource';
import { cooperationsApi } from './api';
import { messages } from './messages';

/** Cooperations are read with a collectivity or a country group, and added from a French collectivity's page. */
export const cooperations = defineConsoleResource({
  name: 'cooperations',
  api: cooperationsApi,
  access: { ADMIN: '*', STAFF: '*', GROUP_PRESIDENT: ['list'] },
  messages,
  audit: { entityType: 'Cooperation', enumLabels: { kind: 'territoria.cooperationKinds' } },
});

export default cooperations;
