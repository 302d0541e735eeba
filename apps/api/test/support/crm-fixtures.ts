import type { TestApp } from './test-app.js';

/** The Rencontres as the fixtures know them: the series, and its 12th edition (Paris, 2021). */
export const RENCONTRES_SERIES = {
  name: "Rencontres de l'action internationale des collectivités territoriales",
  acronym: 'RAICT',
};
export const EDITION_12 = {
  editionNumber: 12,
  year: 2021,
  title: '12e Rencontres AICT',
  startsOn: '2021-06-29',
  endsOn: '2021-06-29',
  venue: "Cité des Sciences et de l'Industrie",
  city: 'Paris',
  theme: "L'AICT au coeur des enjeux globaux",
  hashtag: '#RencontresAICT2021',
};

/** Builds CRM data through the API, as staff would. */
export function crmFixtures(api: TestApp) {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await api.graphql<T>(query, variables);
    if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data!;
  };
  return {
    async communeId(inseeCode: string): Promise<string> {
      const rows = await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = $1`, [
        inseeCode,
      ]);
      return rows[0].id;
    },
    async contact(
      firstName: string,
      lastName: string,
      collectivityId: string,
      extra: Record<string, unknown> = {},
    ): Promise<string> {
      const data = await call<{ createContact: { id: string } }>(
        'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
        {
          input: {
            firstName,
            lastName,
            confirmNotDuplicate: true,
            position: { collectivityId, title: 'Maire', kind: 'ELECTED', startedOn: '2020-07-04' },
            ...extra,
          },
        },
      );
      return data.createContact.id;
    },
    async countryGroup(name: string, countries: string[], allowsCoPresidency = false): Promise<string> {
      const data = await call<{ createCountryGroup: { id: string } }>(
        'mutation($input: CreateCountryGroupInput!) { createCountryGroup(input: $input) { id } }',
        { input: { name, countries, allowsCoPresidency } },
      );
      return data.createCountryGroup.id;
    },
    async addMembers(groupId: string, collectivityIds: string[]): Promise<void> {
      await call('mutation($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c) { id } }', {
        g: groupId,
        c: collectivityIds,
      });
    },
    async officer(
      groupId: string,
      contactId: string,
      role: string,
      startedOn = '2021-01-01',
      endedOn: string | null = null,
    ): Promise<string> {
      const data = await call<{ assignGroupOfficer: { id: string } }>(
        'mutation($input: AssignOfficerInput!) { assignGroupOfficer(input: $input) { id } }',
        { input: { groupId, contactId, role, startedOn, endedOn } },
      );
      return data.assignGroupOfficer.id;
    },
  };
}
