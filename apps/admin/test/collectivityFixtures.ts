import type { Collectivity } from '../src/resources/collectivities/fields';
import type { MembershipFee } from '../src/resources/membershipFees/fields';

/** Dijon as the API answers it: a member commune from the official referential. */
export const dijonRecord = (overrides: Partial<Collectivity> = {}): Collectivity => ({
  id: 'c1',
  name: 'Dijon',
  kind: 'COMMUNE',
  countryCode: 'FR',
  inseeCode: '21231',
  siren: '212102313',
  regionCode: '27',
  departmentCode: '21',
  postalCodes: ['21000'],
  population: 159346,
  address: null,
  website: null,
  email: null,
  phone: null,
  membershipStatus: 'MEMBER',
  memberSince: '2025-03-12',
  memberUntil: null,
  notes: null,
  fromReferential: true,
  version: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-03-12T13:05:00.000Z',
  region: null,
  department: null,
  ...overrides,
});

/** Dijon's 2021 dues, paid by transfer (the amount its population's bracket sets). */
export const dijonFee = (overrides: Partial<MembershipFee> = {}): MembershipFee => ({
  id: 'f1',
  year: 2021,
  amountCents: 450000,
  computation: 'Barème 2021, population 159 346 : tranche 100 000 et plus habitants = 4 500,00 €',
  status: 'PAID',
  invoicedOn: '2021-01-15',
  dueOn: '2021-03-31',
  paidOn: '2021-04-02',
  paymentReference: 'VIR-2021-0042',
  waiverReason: null,
  version: 2,
  collectivity: { id: 'c-dijon', name: 'Dijon', population: 159346 },
  ...overrides,
});

/**
 * What Apollo throws when the API refuses: one GraphQL error with its code and one field problem
 * (the problem's message is the error's unless given).
 */
export const apiRefusal = (
  error: { message: string; code: string },
  problem: { field: string; code: string; message?: string },
) =>
  Object.assign(new Error(error.code === 'CONFLICT' ? 'Conflict' : 'Invalid'), {
    graphQLErrors: [
      {
        message: error.message,
        extensions: {
          code: error.code,
          field: problem.field,
          fields: [{ field: problem.field, code: problem.code, message: problem.message ?? error.message }],
        },
      },
    ],
  });

/** Dues to be marked paid include one already paid (nothing changed). */
export const alreadyPaidFailure = () =>
  apiRefusal(
    { message: 'Already paid: 1 of these dues. Nothing was changed.', code: 'CONFLICT' },
    { field: 'ids', code: 'ALREADY_PAID', message: 'These dues are already paid.' },
  );

/** Dues generated for a year without a fee scale. */
export const noFeeScaleFailure = () =>
  apiRefusal(
    { message: 'There is no fee scale for 2031: set it first.', code: 'BAD_USER_INPUT' },
    { field: 'year', code: 'NO_FEE_SCALE' },
  );
