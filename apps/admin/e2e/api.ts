/**
 * The API as the browser tests use it besides the page: a session opened with signIn over fetch
 * (the cookie kept by hand), to prepare data or change a record behind the page's back.
 */

export const baseUrl = process.env.E2E_BASE_URL ?? '';
export const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.test';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? '';

export class GraphQLFailure extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(`GraphQL errors: ${JSON.stringify(errors)}`);
  }
}

export class ApiSession {
  private constructor(private readonly cookie: string) {}

  /** signIn, keeping the territoria_session cookie for the next requests. */
  static async signIn(email: string, password: string): Promise<ApiSession> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id role } }',
        variables: { email, password },
      }),
    });
    const body = (await response.json()) as { errors?: GraphQLFailure['errors'] };
    if (body.errors) throw new GraphQLFailure(body.errors);
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0]!)
      .find((pair) => pair.startsWith('territoria_session='));
    if (!cookie) throw new Error('signIn answered without the territoria_session cookie');
    return new ApiSession(cookie);
  }

  /**
   * The first administrator: the session globalSetup opened (sign-in is rate limited to 5 a minute
   * per account, and every test file needs the administrator), or a new one.
   */
  static async asAdmin(): Promise<ApiSession> {
    if (process.env.E2E_ADMIN_COOKIE) return new ApiSession(process.env.E2E_ADMIN_COOKIE);
    if (!ADMIN_PASSWORD)
      throw new Error('E2E_ADMIN_PASSWORD is not set: run with jest.e2e.config.js (its globalSetup starts the product)');
    return ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLFailure['errors'] };
    if (body.errors) throw new GraphQLFailure(body.errors);
    return body.data as T;
  }

  /** A user of the given role (ADMIN only may do this); a group president is linked to their contact. */
  async createUser(input: {
    email: string;
    displayName: string;
    role: 'ADMIN' | 'STAFF' | 'GROUP_PRESIDENT';
    password: string;
    linkedContactId?: string;
  }) {
    const data = await this.graphql<{ createUser: { id: string; email: string; role: string } }>(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role } }',
      { input },
    );
    return data.createUser;
  }
}

export interface CollectivityRow {
  id: string;
  name: string;
  inseeCode: string | null;
  version: number;
  membershipStatus: string;
  notes: string | null;
}

/** A commune by INSEE code (Dijon: 21231, Saint-Étienne: 42218). */
export async function findCommune(session: ApiSession, inseeCode: string): Promise<CollectivityRow> {
  const data = await session.graphql<{ collectivities: { nodes: CollectivityRow[] } }>(
    `query ($filter: CollectivityFilter) {
       collectivities(filter: $filter, page: { offset: 0, limit: 5 }) { nodes { id name inseeCode version membershipStatus notes } }
     }`,
    { filter: { search: inseeCode, kinds: ['COMMUNE'] } },
  );
  const commune = data.collectivities.nodes.find((node) => node.inseeCode === inseeCode);
  if (!commune) throw new Error(`The commune ${inseeCode} is missing from the referential`);
  return commune;
}

export async function updateCollectivity(
  session: ApiSession,
  id: string,
  input: Record<string, unknown>,
): Promise<CollectivityRow> {
  const data = await session.graphql<{ updateCollectivity: CollectivityRow }>(
    `mutation ($id: ID!, $input: UpdateCollectivityInput!) {
       updateCollectivity(id: $id, input: $input) { id name inseeCode version membershipStatus notes }
     }`,
    { id, input },
  );
  return data.updateCollectivity;
}

/** Any collectivity by INSEE code and kind (Paris: 75056, a commune). */
export async function findCollectivity(
  session: ApiSession,
  inseeCode: string,
  kinds: string[] = ['COMMUNE'],
): Promise<CollectivityRow> {
  const data = await session.graphql<{ collectivities: { nodes: CollectivityRow[] } }>(
    `query ($filter: CollectivityFilter) {
       collectivities(filter: $filter, page: { offset: 0, limit: 5 }) { nodes { id name inseeCode version membershipStatus notes } }
     }`,
    { filter: { search: inseeCode, kinds } },
  );
  const found = data.collectivities.nodes.find((node) => node.inseeCode === inseeCode);
  if (!found) throw new Error(`The collectivity ${inseeCode} is missing from the referential`);
  return found;
}

export interface ContactRow {
  id: string;
  firstName: string;
  lastName: string;
}

/** A contact with a first position (createContact: the API checks for duplicates first). */
export async function createContact(
  session: ApiSession,
  input: {
    firstName: string;
    lastName: string;
    email?: string;
    position?: { collectivityId: string; title: string; kind: 'ELECTED' | 'STAFF' | 'OTHER'; startedOn: string };
    confirmNotDuplicate?: boolean;
  },
): Promise<ContactRow> {
  const data = await session.graphql<{ createContact: ContactRow }>(
    'mutation ($input: CreateContactInput!) { createContact(input: $input) { id firstName lastName } }',
    { input },
  );
  return data.createContact;
}

export interface GroupRow {
  id: string;
  name: string;
  memberCount: number;
  officers: { role: string; current: boolean; contactId: string }[];
}

/** The groups whose name contains `search` (every kind). */
export async function findGroups(session: ApiSession, search: string): Promise<GroupRow[]> {
  const data = await session.graphql<{ groups: { nodes: GroupRow[] } }>(
    `query ($filter: GroupFilter) {
       groups(filter: $filter, page: { offset: 0, limit: 100 }) { nodes { id name memberCount officers { role current contactId } } }
     }`,
    { filter: { search } },
  );
  return data.groups.nodes;
}

/** Deletes the groups named exactly `name` (group names are unique: a test run on a reused database starts clean). */
export async function deleteGroupsNamed(session: ApiSession, name: string): Promise<void> {
  for (const group of (await findGroups(session, name)).filter((candidate) => candidate.name === name)) {
    await session.graphql('mutation ($id: ID!) { deleteGroup(id: $id) { id } }', { id: group.id });
  }
}

/** A new series of events and one edition of it, held on one day of 2021 unless said otherwise; the edition's id. */
export async function createEdition(
  session: ApiSession,
  series: { name: string; acronym?: string },
  edition: { title: string; editionNumber: number } & Record<string, unknown>,
): Promise<string> {
  const created = await session.graphql<{ createEventSeries: { id: string } }>(
    'mutation ($input: EventSeriesInput!) { createEventSeries(input: $input) { id } }',
    { input: series },
  );
  const event = await session.graphql<{ createEvent: { id: string } }>(
    'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    { input: { seriesId: created.createEventSeries.id, year: 2021, startsOn: '2021-06-29', endsOn: '2021-06-29', ...edition } },
  );
  return event.createEvent.id;
}
