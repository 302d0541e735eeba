import type { AuditEntry } from '../src/resources/auditEntries/format';

/** A journal entry as the API answers it: an update of Dijon by Marie, with no change unless given. */
export const auditEntryRecord = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 'a1',
  at: '2025-03-12T13:05:00.000Z',
  action: 'UPDATE',
  actorType: 'USER',
  actorId: 'u1',
  actorLabel: 'marie@territoria.test',
  entityType: 'Collectivity',
  entityId: 'c1',
  changes: [],
  ...overrides,
});

/** A contact's page record as the API answers it: a consenting person with no position, group or office unless given. */
export const contactRecord = (firstName: string, lastName: string, overrides: Record<string, unknown> = {}) => ({
  id: 'p1',
  civility: 'MS',
  firstName,
  lastName,
  email: null,
  phone: null,
  consentStatus: 'GIVEN',
  consentAt: null,
  consentSource: null,
  erasedAt: null,
  version: 1,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  positions: [],
  groups: [],
  offices: [],
  ...overrides,
});
