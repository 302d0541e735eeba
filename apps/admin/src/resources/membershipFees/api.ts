import { defineResource } from '../../providers/resourceDefinition';

/** A due as the dues list and the operations on dues return it. */
export const MEMBERSHIP_FEE_FIELDS = `
  id
  year
  amountCents
  computation
  status
  invoicedOn
  dueOn
  paidOn
  paymentReference
  waiverReason
  version
  collectivity { id name population }
`;

export const membershipFeesApi = defineResource({
  typeName: 'MembershipFee',
  plural: 'membershipFees',
  fields: MEMBERSHIP_FEE_FIELDS,
  filters: {
    year: { field: 'year' },
    status: { field: 'statuses', list: true },
    statuses: { field: 'statuses', list: true },
    collectivityId: { field: 'collectivityId' },
  },
});
/** Editions of the yearly event, newest first (the API's order: no sort argument). */
