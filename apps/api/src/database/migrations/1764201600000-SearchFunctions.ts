import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search needs accent-insensitive, typo-tolerant matching. unaccent() is not IMMUTABLE, so it
 * cannot back a generated column or an index; search_normalize() wraps it with an explicit
 * dictionary, which makes it safe to declare IMMUTABLE.
 */
export class SearchFunctions1764201600000 implements MigrationInterface {
  name = 'SearchFunctions1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await queryRunner.query(`
      CREATE FUNCTION public.search_normalize(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
        SELECT btrim(
          regexp_replace(
            regexp_replace(
              regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^a-z0-9]+', ' ', 'g'),
              '\\mst\\M', 'saint', 'g'),
            '\\mste\\M', 'sainte', 'g'))
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION public.search_normalize(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
