import { describe, expect, it } from '@jest/globals';
import { auditEntryRecord } from '../../../test/recordFixtures';
import { createI18nProvider } from '../../i18n/i18nProvider';
import {
  actorName,
  describeChange,
  describeEntry,
  fieldLabel,
  formatAuditValue,
  formatDateTime,
  parseAuditValue,
  recordPath,
} from './format';

const fr = createI18nProvider('fr');
const frContext = { translate: (key: string, options?: Record<string, unknown>) => fr.translate(key, options), locale: 'fr' };
const en = createI18nProvider('en');
const enContext = { translate: (key: string, options?: Record<string, unknown>) => en.translate(key, options), locale: 'en' };

const entry = auditEntryRecord;

describe('history formatting', () => {
  it('reads the JSON values of a change', () => {
    expect(parseAuditValue('"MEMBER"')).toBe('MEMBER');
    expect(parseAuditValue('null')).toBeNull();
    expect(parseAuditValue(null)).toBeNull();
    expect(parseAuditValue('["21000","21100"]')).toEqual(['21000', '21100']);
    expect(parseAuditValue('159346')).toBe(159346);
    expect(parseAuditValue('not json')).toBe('not json');
  });

  it('names the fields with the resource translations', () => {
    expect(fieldLabel('Collectivity', 'membershipStatus', frContext.translate)).toBe('Adhésion');
    expect(fieldLabel('Collectivity', 'memberSince', frContext.translate)).toBe('Adhérent depuis le');
    expect(fieldLabel('User', 'role', frContext.translate)).toBe('Rôle');
    expect(fieldLabel('ApiToken', 'revokedAt', frContext.translate)).toBe('Révoqué le');
    expect(fieldLabel('Unknown', 'thing', frContext.translate)).toBe('thing');
    expect(fieldLabel('Collectivity', 'somethingNew', frContext.translate)).toBe('somethingNew');
  });

  it('says "Adhésion : Non adhérent → Adhérent"', () => {
    expect(
      describeChange('Collectivity', 'UPDATE', { field: 'membershipStatus', before: '"NONE"', after: '"MEMBER"' }, frContext)
        .text,
    ).toBe('Adhésion : Non adhérent → Adhérent');
    expect(
      describeChange('Collectivity', 'UPDATE', { field: 'membershipStatus', before: '"NONE"', after: '"MEMBER"' }, enContext)
        .text,
    ).toBe('Membership: Not a member → Member');
  });

  it('translates enum values, dates, numbers, lists, booleans, countries and empty values', () => {
    expect(formatAuditValue('kind', 'AGGLOMERATION_COMMUNITY', frContext)).toBe("Communauté d'agglomération");
    expect(formatAuditValue('role', 'GROUP_PRESIDENT', frContext)).toBe('Président de groupe');
    expect(formatAuditValue('memberSince', '1979-03-12', frContext)).toBe('12 mars 1979');
    expect(formatAuditValue('population', 159346, frContext)).toBe('159\u202f346');
    expect(formatAuditValue('postalCodes', ['21000', '21100'], frContext)).toBe('21000, 21100');
    expect(formatAuditValue('active', false, frContext)).toBe('Non');
    expect(formatAuditValue('countryCode', 'BE', frContext)).toBe('Belgique');
    expect(formatAuditValue('scopes', ['collectivities:read', 'events:read'], frContext)).toBe(
      'Lire les collectivités, Lire les événements',
    );
    expect(formatAuditValue('notes', null, frContext)).toBe('(vide)');
    expect(formatAuditValue('notes', '', frContext)).toBe('(vide)');
    expect(formatAuditValue('postalCodes', [], frContext)).toBe('(vide)');
    expect(formatAuditValue('password', 'changed', frContext)).toBe('modifié');
    expect(formatAuditValue('notes', 'Rappeler en mars', frContext)).toBe('Rappeler en mars');
  });

  it('dates an entry in French (fr-FR), in the browser time zone', () => {
    const expected = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date('2025-03-12T13:05:00.000Z'),
    );
    expect(formatDateTime('2025-03-12T13:05:00.000Z', 'fr')).toBe(expected);
    expect(expected).toMatch(/^12 mars 2025 à \d\d:05$/);
    expect(formatAuditValue('revokedAt', '2025-03-12T13:05:00.000Z', frContext)).toBe(expected);
  });

  it('describes a whole update: date, who, action and each change', () => {
    const described = describeEntry(
      entry({
        changes: [
          { field: 'membershipStatus', before: '"NONE"', after: '"MEMBER"' },
          { field: 'memberSince', before: 'null', after: '"2025-03-12"' },
          { field: 'notes', before: '"Ancienne note"', after: null },
        ],
      }),
      frContext,
    );
    expect(described.actor).toBe('marie@territoria.test');
    expect(described.action).toBe('Modification');
    expect(described.date).toMatch(/^12 mars 2025 à/);
    expect(described.changes.map((change) => change.text)).toEqual([
      'Adhésion : Non adhérent → Adhérent',
      'Adhérent depuis le : (vide) → 12 mars 2025',
      'Notes : Ancienne note → (vide)',
    ]);
  });

  it('lists the values given at creation, empty ones left out', () => {
    const described = describeEntry(
      entry({
        action: 'CREATE',
        changes: [
          { field: 'name', before: null, after: '"Dijon"' },
          { field: 'kind', before: null, after: '"COMMUNE"' },
          { field: 'email', before: null, after: null },
        ],
      }),
      frContext,
    );
    expect(described.action).toBe('Création');
    expect(described.changes.map((change) => change.text)).toEqual(['Nom : Dijon', 'Type : Commune']);
  });

  it('names the actor: a user by email, a token by name, the system', () => {
    expect(actorName({ actorType: 'USER', actorLabel: 'marie@territoria.test' }, frContext.translate)).toBe(
      'marie@territoria.test',
    );
    expect(actorName({ actorType: 'API_TOKEN', actorLabel: 'token Site du réseau' }, frContext.translate)).toBe(
      "Jeton d'API « Site du réseau »",
    );
    expect(actorName({ actorType: 'SYSTEM', actorLabel: 'system' }, frContext.translate)).toBe('Système (import, démarrage)');
  });

  it('links a journal row to its collectivity, unless it was deleted', () => {
    expect(recordPath({ entityType: 'Collectivity', entityId: 'c1', action: 'UPDATE' })).toBe('/collectivities/c1/show');
    expect(recordPath({ entityType: 'Collectivity', entityId: 'c1', action: 'DELETE' })).toBe(false);
    expect(recordPath({ entityType: 'User', entityId: 'u1', action: 'UPDATE' })).toBe(false);
  });

  it('reads the changes of contacts, groups and their offices with their own enums', () => {
    expect(fieldLabel('Contact', 'consentStatus', frContext.translate)).toBe('Consentement');
    expect(fieldLabel('Group', 'countries', frContext.translate)).toBe('Pays');
    expect(fieldLabel('GroupOffice', 'role', frContext.translate)).toBe('Rôle');
    expect(
      describeChange('Contact', 'UPDATE', { field: 'consentStatus', before: '"UNKNOWN"', after: '"GIVEN"' }, frContext).text,
    ).toBe('Consentement : Inconnu → Donné');
    expect(formatAuditValue('role', 'VICE_PRESIDENT', frContext)).toBe('Vice-président(e)');
    expect(formatAuditValue('role', 'STAFF', frContext)).toBe('Équipe');
    expect(formatAuditValue('kind', 'TWINNING', frContext)).toBe('Jumelage');
    expect(formatAuditValue('kind', 'ELECTED', frContext)).toBe('Élu(e)');
    expect(formatAuditValue('kind', 'COMMUNE', frContext)).toBe('Commune');
    expect(formatAuditValue('countries', ['ML', 'SN'], frContext)).toBe('Mali, Sénégal');
    expect(recordPath({ entityType: 'Contact', entityId: 'p1', action: 'UPDATE' })).toBe('/contacts/p1/show');
    expect(recordPath({ entityType: 'Group', entityId: 'g1', action: 'CREATE' })).toBe('/groups/g1/show');
    expect(recordPath({ entityType: 'Contact', entityId: 'p1', action: 'DELETE' })).toBe(false);
  });
});

describe('history of the events module', () => {
  it('words an arrival at the door and a new registration in French', () => {
    const arrival = describeChange(
      'Participation',
      'UPDATE',
      { field: 'status', before: '"REGISTERED"', after: '"ATTENDED"' },
      frContext,
    );
    expect(arrival.text).toBe(`${fieldLabel('Participation', 'status', frContext.translate)} : Inscrit(e) → Présent(e)`);
    expect(arrival.label).not.toBe('status');
    const role = describeChange(
      'Participation',
      'CREATE',
      { field: 'role', before: null, after: '"FOREIGN_DELEGATION"' },
      frContext,
    );
    expect(role.after).toBe('Délégation étrangère');
    const session = describeChange(
      'EventSession',
      'CREATE',
      { field: 'kind', before: null, after: '"MICRO_WORKSHOP"' },
      frContext,
    );
    expect(session.after).not.toBe('MICRO_WORKSHOP');
    expect(recordPath(entry({ entityType: 'Event', entityId: 'e1' }))).toBe('/events/e1/show');
  });
});
