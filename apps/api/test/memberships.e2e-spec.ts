import { calendarDate } from '@territoria/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const SCALE = [
  { minPopulation: 0, maxPopulation: 9_999, amountCents: 30_000 },
  { minPopulation: 10_000, maxPopulation: 99_999, amountCents: 150_000 },
  { minPopulation: 100_000, maxPopulation: null, amountCents: 450_000 },
];
const SET_SCALE =
  'mutation($input: SetFeeScaleInput!) { setFeeScale(input: $input) { year version brackets { minPopulation maxPopulation amountCents } } }';
const GENERATE = 'mutation($year: Int!) { generateDues(year: $year, invoicedOn: "2021-01-15") { created existing } }';
const FEES = `query($filter: MembershipFeeFilter) { membershipFees(filter: $filter, page: { limit: 100 }) {
  totalCount nodes { id year amountCents computation status invoicedOn paidOn collectivity { name population } } } }`;

interface Fee {
  id: string;
  amountCents: number;
  computation: string;
  status: string;
  collectivity: { name: string; population: number };
}

describe('memberships and yearly dues', () => {
  let api: TestApp;
  const idOf = async (inseeCode: string) =>
    (await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = $1`, [inseeCode]))[0]
      .id as string;
  const setStatus = async (id: string, input: Record<string, unknown>) => {
    const [{ version }] = await api.dataSource.query('SELECT version FROM collectivities WHERE id = $1', [id]);
    const response = await api.graphql(
      'mutation($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { id } }',
      { id, input: { ...input, version } },
    );
    expect(response.errors).toBeUndefined();
  };
  const fees = async (filter: Record<string, unknown>) =>
    (await api.graphql<{ membershipFees: { totalCount: number; nodes: Fee[] } }>(FEES, { filter })).data!.membershipFees;
  const feeCount = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM membership_fees'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    for (const code of ['21231', '75056', '21001', '21003']) {
      await setStatus(await idOf(code), {
        membershipStatus: 'MEMBER',
        memberSince: '2020-10-01',
        deliberationDate: '2020-09-28',
        deliberationReference: 'DEL-2020-114',
      });
    }
    // A population right at a bracket edge: 10,000 inhabitants.
    await api.dataSource.query(`UPDATE collectivities SET population = 10000 WHERE insee_code = '21003' AND kind = 'COMMUNE'`);
    await api.dataSource.query(`UPDATE collectivities SET population = 9999 WHERE insee_code = '21001' AND kind = 'COMMUNE'`);
  });
  afterAll(async () => {
    await api.close();
  });

  it("records each membership change with the council's deliberation", async () => {
    const dijon = await idOf('21231');
    const history = await api.graphql<{ collectivity: { membershipHistory: Record<string, unknown>[] } }>(
      'query($id: ID!) { collectivity(id: $id) { membershipHistory { fromStatus toStatus effectiveOn deliberationDate deliberationReference } } }',
      { id: dijon },
    );
    expect(history.data!.collectivity.membershipHistory).toEqual([
      {
        fromStatus: 'NONE',
        toStatus: 'MEMBER',
        effectiveOn: '2020-10-01',
        deliberationDate: '2020-09-28',
        deliberationReference: 'DEL-2020-114',
      },
    ]);
  });

  it('refuses a fee scale with overlapping or missing brackets, naming the bracket', async () => {
    const overlap = await api.graphql(SET_SCALE, {
      input: { year: 2021, dueOn: '2021-03-31', brackets: [SCALE[0], { ...SCALE[1], minPopulation: 9_000 }, SCALE[2]] },
    });
    expect(overlap.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'brackets.1',
      fields: [{ code: 'OVERLAP' }],
    });
    const gap = await api.graphql(SET_SCALE, {
      input: { year: 2021, dueOn: '2021-03-31', brackets: [SCALE[0], { ...SCALE[1], minPopulation: 20_000 }, SCALE[2]] },
    });
    expect(gap.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ code: 'GAP' })]);
    const negative = await api.graphql(SET_SCALE, {
      input: { year: 2021, dueOn: '2021-03-31', brackets: [{ ...SCALE[0], amountCents: -1 }, SCALE[1], SCALE[2]] },
    });
    expect(negative.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql('{ feeScale(year: 2021) { year } }')).data).toEqual({ feeScale: null });
    const staff = await api.userWithRole('STAFF');
    const byStaff = await api.graphql(SET_SCALE, { input: { year: 2021, dueOn: '2021-03-31', brackets: SCALE } }, staff);
    expect(byStaff.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it("generates the year's dues from the scale and each member's population, at the bracket edges", async () => {
    const noScale = await api.graphql(GENERATE, { year: 2021 });
    expect(noScale.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(
      (await api.graphql(SET_SCALE, { input: { year: 2021, dueOn: '2021-03-31', brackets: SCALE } })).errors,
    ).toBeUndefined();
    const generated = await api.graphql<{ generateDues: { created: number; existing: number } }>(GENERATE, { year: 2021 });
    expect(generated.data!.generateDues).toEqual({ created: 4, existing: 0 });
    const byName = Object.fromEntries((await fees({ year: 2021 })).nodes.map((fee) => [fee.collectivity.name, fee]));
    expect(byName['Dijon']).toMatchObject({ amountCents: 450_000 });
    expect(byName['Paris']).toMatchObject({ amountCents: 450_000 });
    expect(
      byName["L'Abergement-Clémenciat"] ?? Object.values(byName).find((fee) => fee.collectivity.population === 9_999),
    ).toMatchObject({ amountCents: 30_000 });
    expect(Object.values(byName).find((fee) => fee.collectivity.population === 10_000)).toMatchObject({ amountCents: 150_000 });
    expect(byName['Dijon']!.computation).toMatch(/100 000 et plus/);
  });

  it('generating again creates nothing, and two runs at once create one set', async () => {
    const again = await api.graphql<{ generateDues: { created: number; existing: number } }>(GENERATE, { year: 2021 });
    expect(again.data!.generateDues).toEqual({ created: 0, existing: 4 });
    await api.graphql(SET_SCALE, { input: { year: 2022, dueOn: '2022-03-31', brackets: SCALE } });
    const concurrent = await Promise.all(
      [1, 2, 3].map(() => api.graphql<{ generateDues: { created: number } }>(GENERATE, { year: 2022 })),
    );
    expect(concurrent.every((result) => !result.errors)).toBe(true);
    expect(concurrent.reduce((sum, result) => sum + result.data!.generateDues.created, 0)).toBe(4);
    expect((await fees({ year: 2022 })).totalCount).toBe(4);
  });

  it('marks dues paid, refusing a second payment and a payment before the invoice; LATE once past due', async () => {
    const all = await fees({ year: 2021 });
    expect(all.nodes.every((fee) => fee.status === 'LATE')).toBe(true);
    const dijon = all.nodes.find((fee) => fee.collectivity.name === 'Dijon')!;
    const early = await api.graphql('mutation($input: MarkFeesPaidInput!) { markFeesPaid(input: $input) { id } }', {
      input: { ids: [dijon.id], paidOn: '2020-12-31' },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidOn' });
    const paid = await api.graphql<{ markFeesPaid: { status: string; paidOn: string }[] }>(
      'mutation($input: MarkFeesPaidInput!) { markFeesPaid(input: $input) { status paidOn paymentReference } }',
      { input: { ids: [dijon.id], paidOn: '2021-04-02', paymentReference: 'VIR-2021-0042' } },
    );
    expect(paid.data!.markFeesPaid).toEqual([{ status: 'PAID', paidOn: '2021-04-02', paymentReference: 'VIR-2021-0042' }]);
    const paris = all.nodes.find((fee) => fee.collectivity.name === 'Paris')!;
    const twice = await api.graphql('mutation($input: MarkFeesPaidInput!) { markFeesPaid(input: $input) { id } }', {
      input: { ids: [paris.id, dijon.id], paidOn: '2021-05-01' },
    });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await fees({ year: 2021, statuses: ['PAID'] })).nodes.map((fee) => fee.collectivity.name)).toEqual(['Dijon']);
    const waived = await api.graphql<{ waiveFee: { status: string } }>(
      'mutation($input: WaiveFeeInput!) { waiveFee(input: $input) { status waiverReason } }',
      {
        input: { id: paris.id, reason: 'Crise sanitaire' },
      },
    );
    expect(waived.data!.waiveFee.status).toBe('WAIVED');
    const totals = await api.graphql<{ duesTotals: Record<string, number> }>(
      '{ duesTotals(year: 2021) { count invoicedCents paidCents waivedCents lateCount lateCents } }',
    );
    expect(totals.data!.duesTotals).toEqual({
      count: 4,
      invoicedCents: 1_080_000,
      paidCents: 450_000,
      waivedCents: 450_000,
      lateCount: 2,
      lateCents: 180_000,
    });
  });

  it('flags members with dues unpaid for two years or more', async () => {
    const arrears = await api.graphql<{ membersInArrears: { name: string }[] }>('{ membersInArrears { name } }');
    const names = arrears.data!.membersInArrears.map((row) => row.name);
    expect(names).not.toContain('Dijon');
    expect(names).not.toContain('Paris');
    expect(names.length).toBe(2);
    expect(await feeCount()).toBe(8);
  });

  it("invoices a past year to the collectivities that were members that year, not to today's", async () => {
    // joined after 2019: not invoiced for it; left in 2020: still owes 2019; left in 2018: owes nothing
    await setStatus(await idOf('21004'), { membershipStatus: 'MEMBER', memberSince: '2023-01-01' });
    await setStatus(await idOf('21005'), {
      membershipStatus: 'FORMER_MEMBER',
      memberSince: '2010-01-01',
      memberUntil: '2020-06-30',
    });
    await setStatus(await idOf('21006'), {
      membershipStatus: 'FORMER_MEMBER',
      memberSince: '2010-01-01',
      memberUntil: '2018-12-31',
    });
    await api.graphql(SET_SCALE, { input: { year: 2019, dueOn: '2019-03-31', brackets: SCALE } });
    const generated = await api.graphql<{ generateDues: { created: number } }>(GENERATE, { year: 2019 });
    expect(generated.errors).toBeUndefined();
    const invoiced = (await fees({ year: 2019 })).nodes.map((fee) => fee.collectivity.name);
    const name = async (code: string) =>
      (await api.dataSource.query(`SELECT name FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = $1`, [code]))[0].name;
    // the four members of the other tests joined in October 2020: not members in 2019 either
    expect(invoiced).toEqual([await name('21005')]);
    expect((await fees({ year: 2021 })).totalCount).toBe(4);
  });

  it("counts days as the association does: the database's today is the date in Paris, like the API's", async () => {
    const [row] = await api.dataSource.query(`SELECT CURRENT_DATE::text AS today, current_setting('TimeZone') AS zone`);
    expect(row).toEqual({ today: calendarDate(), zone: 'Europe/Paris' });
  });
});
