import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { readReferential, type ReferentialRow } from './referential-source.js';

export interface ReferentialImportResult {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not inserted because a hand-entered collectivity already holds their SIREN or INSEE code. */
  skipped: number;
  durationMs: number;
}

// Refreshed by each import. Everything else (membership, notes, contact details) belongs to staff.
const REFRESHED = `name = r.name, population = r.population, region_code = r.region_code,
  department_code = r.department_code, postal_codes = r.postal_codes, siren = COALESCE(r.siren, c.siren),
  from_referential = true, version = c.version + 1, updated_at = now()`;
const DIFFERS = `(c.name, c.population, c.region_code, c.department_code, c.postal_codes, c.from_referential)
  IS DISTINCT FROM (r.name, r.population, r.region_code, r.department_code, r.postal_codes, true)
  OR (r.siren IS NOT NULL AND c.siren IS DISTINCT FROM r.siren)`;

@Injectable()
export class ReferentialImportService {
  private readonly logger = new Logger(ReferentialImportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hasReferential(): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM collectivities WHERE from_referential) AS present',
    )) as { present: boolean }[];
    return rows[0]?.present === true;
  }

  /** Loads or refreshes the official referential in one transaction: matched on INSEE code (per kind) or SIREN, never duplicated. */
  async importReferential(): Promise<ReferentialImportResult> {
    const started = performance.now();
    const rows = readReferential();
    const counts = await this.dataSource.transaction(async (manager) => {
      // One import at a time: a second one waits, then finds nothing left to do.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('referential-import'))`);
      await this.stage(manager, rows);
      const updatedByCode = await this.affected(
        manager,
        `UPDATE collectivities c SET ${REFRESHED} FROM referential_staging r
         WHERE r.insee_code IS NOT NULL AND c.kind = r.kind AND c.insee_code = r.insee_code AND (${DIFFERS})`,
      );
      const updatedBySiren = await this.affected(
        manager,
        `UPDATE collectivities c SET ${REFRESHED} FROM referential_staging r
         WHERE r.insee_code IS NULL AND c.siren = r.siren AND (${DIFFERS})`,
      );
      const inserted = await this.affected(
        manager,
        `INSERT INTO collectivities
           (name, kind, country_code, insee_code, siren, region_code, department_code, postal_codes, population, from_referential)
         SELECT r.name, r.kind, 'FR', r.insee_code, r.siren, r.region_code, r.department_code, r.postal_codes, r.population, true
         FROM referential_staging r
         WHERE NOT EXISTS (
           SELECT 1 FROM collectivities c
           WHERE (r.insee_code IS NOT NULL AND c.kind = r.kind AND c.insee_code = r.insee_code)
              OR (r.insee_code IS NULL AND c.siren = r.siren))
         ON CONFLICT DO NOTHING`,
      );
      const [{ matched }] = (await manager.query(
        `SELECT count(*)::int AS matched FROM referential_staging r WHERE EXISTS (
           SELECT 1 FROM collectivities c
           WHERE (r.insee_code IS NOT NULL AND c.kind = r.kind AND c.insee_code = r.insee_code)
              OR (r.insee_code IS NULL AND c.siren = r.siren))`,
      )) as [{ matched: number }];
      return { inserted, updated: updatedByCode + updatedBySiren, matched };
    });
    // A bulk load leaves the trigram index's pending list full and the statistics stale: without
    // this, search reads the whole table until autovacuum comes by.
    await this.dataSource.query('VACUUM (ANALYZE) collectivities');
    const result: ReferentialImportResult = {
      rows: rows.length,
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: counts.matched - counts.inserted - counts.updated,
      skipped: rows.length - counts.matched,
      durationMs: Math.round(performance.now() - started),
    };
    this.logger.log(
      `Official referential: ${result.rows} rows, ${result.inserted} added, ${result.updated} updated, ` +
        `${result.unchanged} unchanged, ${result.skipped} skipped, in ${result.durationMs} ms`,
    );
    return result;
  }

  private async stage(manager: EntityManager, rows: ReferentialRow[]): Promise<void> {
    await manager.query(`CREATE TEMPORARY TABLE referential_staging (
      kind varchar(40) NOT NULL, insee_code varchar(5), siren char(9), name varchar(200) NOT NULL,
      population integer, region_code varchar(3), department_code varchar(3), postal_codes varchar[] NOT NULL
    ) ON COMMIT DROP`);
    // One round trip for the whole referential: columns as arrays, unnested server-side.
    await manager.query(
      `INSERT INTO referential_staging
       SELECT kind, insee_code, siren, name, population, region_code, department_code,
              CASE WHEN postal = '' THEN '{}'::varchar[] ELSE string_to_array(postal, ',')::varchar[] END
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[])
         AS t(kind, insee_code, siren, name, population, region_code, department_code, postal)`,
      [
        rows.map((row) => row.kind),
        rows.map((row) => row.inseeCode),
        rows.map((row) => row.siren),
        rows.map((row) => row.name),
        rows.map((row) => row.population),
        rows.map((row) => row.regionCode),
        rows.map((row) => row.departmentCode),
        rows.map((row) => row.postalCodes.join(',')),
      ],
    );
    await manager.query('ANALYZE referential_staging');
  }

  private async affected(manager: EntityManager, sql: string): Promise<number> {
    const result = await manager.queryRunner!.query(sql, [], true);
    return result.affected ?? 0;
  }
}
