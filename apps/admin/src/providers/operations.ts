import { gql, type ApolloClient } from '@apollo/client';
import { HttpError, type I18nProvider } from 'react-admin';
import { extractGraphQLErrors, toReactAdminError, type ErrorBody, type FieldProblem } from './errors';
import { LETTERHEAD_OPERATIONS } from '../resources/letterhead/operations';
import { EVENT_SESSION_FIELDS, LABEL_AWARD_FIELDS, MEMBERSHIP_FEE_FIELDS } from './resourceTable';

/**
 * The API's operations outside react-admin's verbs (totals, dues generation, payments, the fee
 * scale…): one hand-written document each, its root field aliased `data`. They run with the data
 * provider's `runOperation(name, variables)`, which answers `{ data }` and fails like the other
 * methods (an HttpError in the console's language), keeping the API's full field paths
 * (`brackets.2`) in `body.rawFields` for forms that point at rows of a list.
 */

export interface OperationDefinition {
  kind: 'query' | 'mutation';
  document: string;
  /** Fields of the dialog or page that shows the errors (problems elsewhere are spelled out). */
  formFields?: readonly string[];
}

const FEE_SCALE_FIELDS = 'year dueOn version brackets { minPopulation maxPopulation amountCents }';

/** An edition's figures (eventStatistics, eventTrend). */
const EVENT_STATISTICS_FIELDS = `
  eventId editionNumber year registered attended cancelled noShow
  frenchCollectivities countries foreignCountries foreignDelegations embassies speakers partners
  sessionsByKind { kind count }
  participantsByRole { role count }
  participantsByCountry { countryCode count }
`;

/**
 * Someone's participations as a collectivity's or a contact's page lists them: names as strings
 * (a group president may read neither partners nor every contact), the edition named.
 */
const PARTICIPATION_SUMMARY_FIELDS = `
  id eventId event { id editionNumber year title }
  contactId collectivityId partnerId displayName organisationDisplayName
  role status registeredAt checkedInAt
`;

export const OPERATIONS = {
  generateDues: {
    kind: 'mutation',
    document: `mutation GenerateDues($year: Int!, $invoicedOn: Date) {
      data: generateDues(year: $year, invoicedOn: $invoicedOn) { year created existing }
    }`,
    formFields: ['year', 'invoicedOn'],
  },
  markFeesPaid: {
    kind: 'mutation',
    document: `mutation MarkFeesPaid($input: MarkFeesPaidInput!) { data: markFeesPaid(input: $input) { ${MEMBERSHIP_FEE_FIELDS} } }`,
    formFields: ['paidOn', 'paymentReference'],
  },
  waiveFee: {
    kind: 'mutation',
    document: `mutation WaiveFee($input: WaiveFeeInput!) { data: waiveFee(input: $input) { ${MEMBERSHIP_FEE_FIELDS} } }`,
    formFields: ['reason'],
  },
  duesTotals: {
    kind: 'query',
    document: `query DuesTotals($year: Int!) {
      data: duesTotals(year: $year) { year count invoicedCents paidCents waivedCents lateCount lateCents }
    }`,
  },
  membersInArrears: {
    kind: 'query',
    document: `query MembersInArrears($minYears: Int!) {
      data: membersInArrears(minYears: $minYears) { id name kind inseeCode population membershipStatus }
    }`,
  },
  partnershipTotals: {
    kind: 'query',
    document: `query PartnershipTotals($year: Int) { data: partnershipTotals(year: $year) { year kind count totalCents } }`,
  },
  partnerContacts: {
    kind: 'query',
    document: `query PartnerContacts($id: ID!) {
      data: partner(id: $id) {
        id
        contacts {
          id firstName lastName email phone
          positions(current: true) { id title kind startedOn partnerId }
        }
      }
    }`,
  },
  feeScales: {
    kind: 'query',
    document: `query FeeScales { data: feeScales { ${FEE_SCALE_FIELDS} } }`,
  },
  feeScale: {
    kind: 'query',
    document: `query FeeScale($year: Int!) { data: feeScale(year: $year) { ${FEE_SCALE_FIELDS} } }`,
  },
  setFeeScale: {
    kind: 'mutation',
    document: `mutation SetFeeScale($input: SetFeeScaleInput!) { data: setFeeScale(input: $input) { ${FEE_SCALE_FIELDS} } }`,
    formFields: ['year', 'dueOn', 'brackets'],
  },
  collectivityMembership: {
    kind: 'query',
    document: `query CollectivityMembership($id: ID!) {
      data: collectivity(id: $id) {
        id
        membershipHistory { id fromStatus toStatus effectiveOn deliberationDate deliberationReference recordedAt }
      }
    }`,
  },
  // --- Rencontres (events module) ---
  eventSeries: {
    kind: 'query',
    document: `query EventSeries { data: eventSeries { id name acronym description version } }`,
  },
  createEventSeries: {
    kind: 'mutation',
    document: `mutation CreateEventSeries($input: EventSeriesInput!) { data: createEventSeries(input: $input) { id name acronym description version } }`,
    formFields: ['name', 'acronym', 'description'],
  },
  /** An edition's programme (STAFF: a group president reads the edition, not its sessions). */
  eventSessions: {
    kind: 'query',
    document: `query EventSessions($id: ID!) { data: event(id: $id) { id sessions { ${EVENT_SESSION_FIELDS} } } }`,
  },
  eventAwards: {
    kind: 'query',
    document: `query EventAwards($id: ID!) { data: event(id: $id) { id awards { ${LABEL_AWARD_FIELDS} } } }`,
  },
  eventStatistics: {
    kind: 'query',
    document: `query EventStatistics($eventId: ID!) { data: eventStatistics(eventId: $eventId) { ${EVENT_STATISTICS_FIELDS} } }`,
  },
  eventTrend: {
    kind: 'query',
    document: `query EventTrend($seriesId: ID) { data: eventTrend(seriesId: $seriesId) { ${EVENT_STATISTICS_FIELDS} } }`,
  },
  labels: {
    kind: 'query',
    document: `query Labels { data: labels { id name description version } }`,
  },
  createLabel: {
    kind: 'mutation',
    document: `mutation CreateLabel($input: LabelInput!) { data: createLabel(input: $input) { id name description version } }`,
    formFields: ['name', 'description'],
  },
  memberCountsByRegion: {
    kind: 'query',
    document: `query MemberCountsByRegion { data: memberCountsByRegion { regionCode regionName memberCount } }`,
  },
  collectivityParticipations: {
    kind: 'query',
    document: `query CollectivityParticipations($id: ID!) {
      data: collectivity(id: $id) { id participations { ${PARTICIPATION_SUMMARY_FIELDS} } }
    }`,
  },
  /** STAFF only: a group president does not see label awards. */
  collectivityLabelAwards: {
    kind: 'query',
    document: `query CollectivityLabelAwards($id: ID!) { data: collectivity(id: $id) { id labelAwards { ${LABEL_AWARD_FIELDS} } } }`,
  },
  contactParticipations: {
    kind: 'query',
    document: `query ContactParticipations($id: ID!) {
      data: contact(id: $id) { id participations { ${PARTICIPATION_SUMMARY_FIELDS} } }
    }`,
  },
  // --- end of Rencontres ---
  // --- events, as the participation pages need them (the events resource has its own pages) ---
  /** The editions a participation belongs to, newest first (one a year: a page holds them all). */
  eventChoices: {
    kind: 'query',
    document: `query EventChoices { data: events(page: { offset: 0, limit: 200 }) { nodes { id title year editionNumber } } }`,
  },
  /** The heading of the check-in desk and of the import wizard. */
  eventHeading: {
    kind: 'query',
    document: `query EventHeading($id: ID!) { data: event(id: $id) { id title year editionNumber startsOn endsOn } }`,
  },
  /** The counter of the check-in desk: who is there, out of who registered. */
  eventAttendance: {
    kind: 'query',
    document: `query EventAttendance($eventId: ID!) { data: eventStatistics(eventId: $eventId) { eventId registered attended cancelled noShow } }`,
  },
  // --- end of events ---
  ...LETTERHEAD_OPERATIONS,
} as const satisfies Record<string, OperationDefinition>;

export type OperationName = keyof typeof OPERATIONS;

/** An operation's failure: the usual error body, plus the API's field paths as it sent them. */
export interface OperationErrorBody extends ErrorBody {
  rawFields: FieldProblem[];
}

const documents = new Map<string, ReturnType<typeof gql>>();
function documentOf(name: string, definition: OperationDefinition) {
  let document = documents.get(name);
  if (!document) {
    document = gql(definition.document);
    documents.set(name, document);
  }
  return document;
}

/** The API's field problems as sent ("brackets.2", "paidOn"), before the console folds them onto form fields. */
export function rawFieldProblems(error: unknown): FieldProblem[] {
  return extractGraphQLErrors(error).flatMap((graphQLError) =>
    (Array.isArray(graphQLError.extensions?.fields) ? graphQLError.extensions!.fields : []).map((problem) => ({
      field: String(problem.field).replace(/^input\./, ''),
      code: String(problem.code),
      message: problem.message,
    })),
  );
}

/** `dataProvider.runOperation(name, variables)`: see OPERATIONS. */
export function createOperationRunner(
  client: ApolloClient<unknown>,
  i18nProvider: Pick<I18nProvider, 'translate'>,
  table: Record<string, OperationDefinition> = OPERATIONS,
) {
  const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
  return async (name: string, variables: Record<string, unknown> = {}): Promise<{ data: any }> => {
    const definition = table[name];
    if (!definition) throw new Error(`Unknown operation "${name}" (see providers/operations.ts)`);
    try {
      const document = documentOf(name, definition);
      const response: any =
        definition.kind === 'query'
          ? await client.query({ query: document, variables, fetchPolicy: 'no-cache', errorPolicy: 'all' })
          : await client.mutate({ mutation: document, variables, fetchPolicy: 'no-cache', errorPolicy: 'none' });
      const errors: any[] = response?.errors ?? [];
      const data = response?.data?.data;
      // feeScale(year) answers null for a year without a scale: that is data, not a failure
      if (errors.length > 0 && (data === undefined || data === null)) throw { graphQLErrors: errors };
      return { data: data ?? null };
    } catch (error: any) {
      const mapped = toReactAdminError(error, translate, { formFields: definition.formFields });
      const body = (mapped.body ?? {}) as OperationErrorBody;
      body.rawFields = rawFieldProblems(error);
      throw new HttpError(mapped.message, mapped.status, body);
    }
  };
}

export type OperationRunner = ReturnType<typeof createOperationRunner>;

/**
 * What a dialog says when an operation is refused. Field problems the dialog shows under its
 * inputs are in `fieldErrors`; the message explains the rest, preferring the console's wording of
 * the API's precise refusal (e.g. "already paid", sent with CONFLICT) to the generic one.
 */
export function operationError(
  error: unknown,
  translate: (key: string, options?: Record<string, unknown>) => string,
): { message: string; fieldErrors: Record<string, string> } {
  const body = (error as { body?: Partial<OperationErrorBody> } | null)?.body;
  const fieldErrors: Record<string, string> = {};
  for (const [field, text] of Object.entries(body?.errors ?? {})) {
    if (field !== 'root' && typeof text === 'string') fieldErrors[field] = text;
  }
  let message = (error as Error | null)?.message || translate('ra.notification.http_error');
  if (body?.code === 'CONFLICT' || body?.code === 'NOT_FOUND') {
    const precise = (body.rawFields ?? [])
      .map((problem) => {
        const field = problem.field.split('.')[0] ?? problem.field;
        for (const key of [`territoria.errors.byField.${field}.${problem.code}`, `territoria.errors.fields.${problem.code}`]) {
          const text = translate(key, { _: '\u0000' });
          if (text && text !== '\u0000' && text !== key) return text;
        }
        return '';
      })
      .filter(Boolean);
    if (precise.length > 0) message = [...new Set(precise)].join(' ');
  }
  return { message, fieldErrors };
}
