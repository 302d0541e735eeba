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

/** What Apollo throws when dues to be marked paid include one already paid (CONFLICT, nothing changed). */
export const alreadyPaidFailure = () =>
  Object.assign(new Error('Already paid'), {
    graphQLErrors: [
      {
        message: 'Already paid: 1 of these dues. Nothing was changed.',
        extensions: {
          code: 'CONFLICT',
          field: 'ids',
          fields: [{ field: 'ids', code: 'ALREADY_PAID', message: 'These dues are already paid.' }],
        },
      },
    ],
  });
