import { describe, expect, it } from '@jest/globals';
import { ACTION, buildQuery } from '../../providers/buildQuery';
import { text, valid } from '../../../test/apiSchema';

describe('contacts in the resource table', () => {
  it('lists with the search, collectivity, group, consent and position-kind filters, sorted by name', () => {
    const result = buildQuery('GET_LIST', 'contacts', {
      pagination: { page: 2, perPage: 50 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: ' martin ', collectivityId: 'c-dijon', groupId: 'g-mali', consentStatus: 'GIVEN', positionKind: 'ELECTED' },
    });
    expect(result.variables).toEqual({
      filter: {
        search: 'martin',
        collectivityId: 'c-dijon',
        groupId: 'g-mali',
        consentStatuses: ['GIVEN'],
        positionKind: 'ELECTED',
      },
      sort: { field: 'NAME', direction: 'ASC' },
      page: { offset: 50, limit: 50 },
    });
    expect(text(result)).toContain(
      'query ContactList($filter: ContactFilter, $sort: ContactSort, $page: PageInput) { data: contacts(filter: $filter, sort: $sort, page: $page) { nodes { ...ContactFields } totalCount hasNextPage } }',
    );
    // organisations by name, for the list and the CSV export
    expect(text(result)).toContain(
      'positions { id title kind startedOn endedOn current version collectivityId partnerId collectivity { id name } }',
    );
    expect(text(result)).toContain('groups { id kind name }');
    // offices and notes are read on the contact's page only
    expect(text(result)).not.toContain('offices');
  });

  it('sorts by react-admin default "id" as the API default (name, ascending), by update date when asked', () => {
    const byId = buildQuery('GET_LIST', 'contacts', { sort: { field: 'id', order: 'DESC' }, filter: {} });
    expect(byId.variables?.sort).toEqual({ field: 'NAME', direction: 'ASC' });
    const byUpdate = buildQuery('GET_LIST', 'contacts', { sort: { field: 'updatedAt', order: 'DESC' }, filter: {} });
    expect(byUpdate.variables?.sort).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
  });

  it("reads one contact whole: notes and offices with each group's name", () => {
    const result = buildQuery('GET_ONE', 'contacts', { id: 'p1' });
    expect(text(result)).toContain('data: contact(id: $id) { ...ContactDetails }');
    expect(text(result)).toContain('notes offices { id role startedOn endedOn current groupId group { id kind name } }');
  });

  it('reads the contacts a picker shows by their ids, in one request', () => {
    const result = buildQuery('GET_MANY', 'contacts', { ids: ['p1', 'p2'] });
    expect(result.variables).toMatchObject({ filter: { ids: ['p1', 'p2'] }, page: { offset: 0, limit: 2 } });
    expect(valid(result.query)).toEqual([]);
    expect(
      result.parseResponse({
        data: { data: { nodes: [{ id: 'p1' }, { id: 'p2' }], totalCount: 2, hasNextPage: false } },
      } as never),
    ).toEqual({
      data: [{ id: 'p1' }, { id: 'p2' }],
    });
  });

  it('creates with a first position and, once confirmed, confirmNotDuplicate; cleans what was typed', () => {
    const result = buildQuery('CREATE', 'contacts', {
      data: {
        civility: 'MS',
        firstName: ' Jeanne ',
        lastName: 'Martin ',
        email: ' Jeanne.Martin@Dijon.FR ',
        phone: '',
        consentStatus: 'UNKNOWN',
        position: { collectivityId: 'c-dijon', title: ' Maire ', kind: 'ELECTED', startedOn: '2020-07-03', endedOn: null },
        confirmNotDuplicate: true,
        groups: [],
      },
    });
    expect(result.variables).toEqual({
      input: {
        civility: 'MS',
        firstName: 'Jeanne',
        lastName: 'Martin',
        email: 'jeanne.martin@dijon.fr',
        consentStatus: 'UNKNOWN',
        position: { collectivityId: 'c-dijon', title: 'Maire', kind: 'ELECTED', startedOn: '2020-07-03' },
        confirmNotDuplicate: true,
      },
    });
    expect(text(result)).toContain(
      'mutation createContact($input: CreateContactInput!) { data: createContact(input: $input) { ...ContactDetails } }',
    );
  });

  it('leaves out a first position without collectivity, and confirmNotDuplicate until confirmed', () => {
    const result = buildQuery('CREATE', 'contacts', {
      data: { firstName: 'Jeanne', lastName: 'Martin', position: { kind: 'ELECTED', startedOn: '2025-01-01' } },
    });
    expect(result.variables).toEqual({ input: { firstName: 'Jeanne', lastName: 'Martin' } });
  });

  it('updates the changed fields with the version; never deletes (merge or erase instead)', () => {
    const previousData = {
      id: 'p1',
      firstName: 'Jeanne',
      lastName: 'Martin',
      email: 'j@dijon.fr',
      consentStatus: 'UNKNOWN',
      version: 3,
    };
    const result = buildQuery('UPDATE', 'contacts', {
      id: 'p1',
      data: { ...previousData, consentStatus: 'GIVEN', consentSource: 'Formulaire' },
      previousData,
    });
    expect(result.variables).toEqual({ id: 'p1', input: { consentStatus: 'GIVEN', consentSource: 'Formulaire', version: 3 } });
    expect(() => buildQuery('DELETE', 'contacts', { id: 'p1' })).toThrow(/no "delete" operation for contacts/);
  });

  it('merges, exports and erases with actions', () => {
    const merge = buildQuery(ACTION, 'contacts', { action: 'merge', id: 'kept', data: { mergedId: 'dup' } });
    expect(merge.variables).toEqual({ keptId: 'kept', mergedId: 'dup' });
    expect(text(merge)).toContain(
      'mutation mergeContacts($keptId: ID!, $mergedId: ID!) { data: mergeContacts(keptId: $keptId, mergedId: $mergedId) { ...ContactDetails } }',
    );
    expect(() => buildQuery(ACTION, 'contacts', { action: 'merge', id: 'kept', data: {} })).toThrow(/needs "mergedId"/);

    const exportData = buildQuery(ACTION, 'contacts', { action: 'exportData', id: 'p1' });
    // a JSON text: no selection, no fragment
    expect(text(exportData)).toBe('mutation exportContactData($id: ID!) { data: exportContactData(id: $id) }');
    expect(exportData.parseResponse({ data: { data: '{"person":{}}' } } as never)).toEqual({ data: '{"person":{}}' });

    const erase = buildQuery(ACTION, 'contacts', { action: 'erase', id: 'p1' });
    expect(text(erase)).toContain('mutation eraseContact($id: ID!) { data: eraseContact(id: $id) { ...ContactDetails } }');
  });

  it('asks possibleDuplicateContacts while typing (a query action, no id)', () => {
    const result = buildQuery(ACTION, 'contacts', {
      action: 'possibleDuplicates',
      data: { firstName: 'Jeanne', lastName: 'Martin', email: '', collectivityId: 'c-dijon' },
    });
    expect(result.variables).toEqual({ firstName: 'Jeanne', lastName: 'Martin', collectivityId: 'c-dijon' });
    expect(text(result)).toBe(
      'query possibleDuplicateContacts($firstName: String!, $lastName: String!, $email: String, $collectivityId: ID) { data: possibleDuplicateContacts( firstName: $firstName lastName: $lastName email: $email collectivityId: $collectivityId ) { id firstName lastName email } }',
    );
  });
});

describe('positions', () => {
  it('adds a position to a contact, and ends one by setting endedOn with the version read', () => {
    const create = buildQuery('CREATE', 'positions', {
      data: {
        contactId: 'p1',
        collectivityId: 'c-dijon',
        title: ' Adjointe ',
        kind: 'ELECTED',
        startedOn: '2026-01-05',
        endedOn: '',
      },
    });
    expect(create.variables).toEqual({
      input: { contactId: 'p1', collectivityId: 'c-dijon', title: 'Adjointe', kind: 'ELECTED', startedOn: '2026-01-05' },
    });
    expect(text(create)).toContain(
      'mutation createPosition($input: CreatePositionInput!) { data: createPosition(input: $input) { ...PositionFields } }',
    );
    const position = { id: 'pos1', title: 'Maire', kind: 'ELECTED', startedOn: '2020-07-03', endedOn: null, version: 2 };
    const end = buildQuery('UPDATE', 'positions', { id: 'pos1', data: { endedOn: '2026-03-31' }, previousData: position });
    expect(end.variables).toEqual({ id: 'pos1', input: { endedOn: '2026-03-31', version: 2 } });
    expect(() => buildQuery('GET_LIST', 'positions', {})).toThrow(/no "list" operation for positions/);
  });
});
