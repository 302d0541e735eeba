import type { OperationDefinition } from '../../providers/operations';
import { MEMBERSHIP_FEE_FIELDS } from './api';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const membershipFeesOperations = {
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
} as const satisfies Record<string, OperationDefinition>;
