import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReferentialImportService } from '../src/modules/referential/referential-import.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('official referential import', () => {
  let api: TestApp;
  let importer: ReferentialImportService;
  const count = async (where = 'TRUE') =>
    Number((await api.dataSource.query(`SELECT count(*) AS n FROM collectivities WHERE ${where}`))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    importer = api.app.get(ReferentialImportService);
  });
  afterAll(async () => {
    await api.close();
  });

  it('holds every région, département, intercommunality and current commune', async () => {
    expect(await count()).toBeGreaterThan(36_000);
    expect(await count(`kind = 'REGION'`)).toBe(18);
    expect(await count(`kind = 'DEPARTMENT'`)).toBe(101);
    expect(await count(`kind = 'COMMUNE'`)).toBeGreaterThan(34_800);
    expect(
      await count(`kind IN ('METROPOLIS','URBAN_COMMUNITY','AGGLOMERATION_COMMUNITY','COMMUNITY_OF_COMMUNES')`),
    ).toBeGreaterThan(1_200);
    const [dijon] = await api.dataSource.query(`SELECT * FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = '21231'`);
    expect(dijon).toMatchObject({
      name: 'Dijon',
      siren: '212102313',
      department_code: '21',
      region_code: '27',
      from_referential: true,
    });
    expect(dijon.population).toBeGreaterThan(150_000);
    const [ajaccio] = await api.dataSource.query(`SELECT * FROM collectivities WHERE insee_code = '2A004'`);
    expect(ajaccio).toMatchObject({ name: 'Ajaccio', department_code: '2A' });
    const [metropole] = await api.dataSource.query(`SELECT * FROM collectivities WHERE siren = '242100410'`);
    expect(metropole).toMatchObject({ name: 'Dijon Métropole', kind: 'METROPOLIS', department_code: '21', insee_code: null });
  });

  it('re-running it changes nothing and duplicates nothing', async () => {
    const before = await count();
    const result = await importer.importReferential();
    expect(result).toMatchObject({ inserted: 0, updated: 0, skipped: 0 });
    expect(result.unchanged).toBe(result.rows);
    expect(await count()).toBe(before);
  });

  it('refreshes names and populations but never touches what staff entered', async () => {
    await api.dataSource.query(
      `UPDATE collectivities SET name = 'Old name', population = 1, membership_status = 'MEMBER',
         member_since = '2001-01-01', notes = 'Staff note', email = 'international@dijon.fr'
       WHERE kind = 'COMMUNE' AND insee_code = '21231'`,
    );
    const result = await importer.importReferential();
    expect(result.updated).toBe(1);
    const [dijon] = await api.dataSource.query(
      `SELECT *, member_since::text AS member_since FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = '21231'`,
    );
    expect(dijon).toMatchObject({
      name: 'Dijon',
      membership_status: 'MEMBER',
      notes: 'Staff note',
      email: 'international@dijon.fr',
    });
    expect(dijon.population).toBeGreaterThan(150_000);
    expect(dijon.member_since).toBe('2001-01-01');
  });

  it('brings back a deleted row and adopts a hand-entered one instead of duplicating it', async () => {
    await api.dataSource.query(`DELETE FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = '42218'`);
    await api.dataSource.query(
      `UPDATE collectivities SET from_referential = false, notes = 'typed by hand' WHERE insee_code = '2A004'`,
    );
    const result = await importer.importReferential();
    expect(result.inserted).toBe(1);
    expect(await count(`insee_code = '42218'`)).toBe(1);
    expect(await count(`insee_code = '2A004'`)).toBe(1);
    const [ajaccio] = await api.dataSource.query(`SELECT * FROM collectivities WHERE insee_code = '2A004'`);
    expect(ajaccio).toMatchObject({ from_referential: true, notes: 'typed by hand' });
  });

  it('two imports at once produce one set of rows', async () => {
    await api.dataSource.query(`DELETE FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = '13055'`);
    const results = await Promise.all([importer.importReferential(), importer.importReferential()]);
    expect(results.map((result) => result.inserted).sort()).toEqual([0, 1]);
    expect(await count(`insee_code = '13055'`)).toBe(1);
  });
});
