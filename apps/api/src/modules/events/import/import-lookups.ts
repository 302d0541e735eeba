import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundError, UserInputError } from '../../../common/errors/app-errors.js';
import type { ParticipationImportInput } from './dto/import.inputs.js';
import {
  codeKey,
  collectivityNameVariants,
  organisationScope,
  partnerNameVariants,
  personName,
  type CollectivityRecord,
  type ContactRecord,
  type ExistingParticipation,
  type Lookups,
  type OrganisationsByName,
  type PartnerRecord,
  type RowValues,
} from './row-matching.js';

interface CollectivityRow extends CollectivityRecord {
  input: string;
  rank: number;
  siren: string | null;
  inseeCode: string | null;
}

export interface EditionRow {
  startsOn: string;
}

/**
 * What the registration import reads from the database before matching: the edition, the
 * contacts, collectivities and partners a file names, the edition's registrations.
 */
@Injectable()
export class ImportLookups {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async edition(eventId: string): Promise<EditionRow> {
    const [found] = await this.dataSource.query<EditionRow[]>(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn" FROM events WHERE id = $1`,
      [eventId],
    );
    if (!found) throw new NotFoundError('Event', eventId);
    return found;
  }

  /** A group answer naming a contact names one that exists (an erased person is nobody's answer). */
  async assertContactsExist(input: ParticipationImportInput): Promise<void> {
    const named = (input.groupAnswers ?? [])
      .map((answer, index) => ({ index, id: answer.contactId }))
      .filter((item): item is { index: number; id: string } => Boolean(item.id));
    if (named.length === 0) return;
    const found = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM contacts WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`,
      [named.map((item) => item.id)],
    );
    const missing = named.find((item) => !found.some((row) => row.id === item.id));
    if (missing) {
      throw UserInputError.forField(
        `groupAnswers.${missing.index}.contactId`,
        'UNKNOWN_CONTACT',
        `No contact has the id ${missing.id}: choose one of the contacts proposed.`,
      );
    }
  }

  /** Everything the matching needs, in one query per kind of lookup whatever the number of lines. */
  async lookUp(eventId: string, rows: RowValues[]): Promise<Lookups> {
    const emails = unique(rows.map((row) => row.email));
    const names = unique(rows.map((row) => personName(row)));
    const sirens = unique(rows.map((row) => (row.code && 'siren' in row.code ? row.code.siren : null)));
    const inseeCodes = unique(rows.map((row) => (row.code && 'inseeCode' in row.code ? row.code.inseeCode : null)));
    // Names are looked up for lines with a code too: a code that matches nothing falls back to the name.
    const collectivityNames = unique(
      rows.map((row) => (organisationScope(row.organisationType).collectivities ? row.organisation : null)),
    );
    const partnerNames = unique(rows.map((row) => (organisationScope(row.organisationType).partners ? row.organisation : null)));
    const variants = collectivityNames.flatMap((input) =>
      collectivityNameVariants(input).map((variant) => ({ input, ...variant })),
    );
    const partnerVariants = partnerNames.flatMap((input) => partnerNameVariants(input).map((variant) => ({ input, ...variant })));

    const [byEmail, byName, byCode, byCollectivityName, byPartnerName, participations] = await Promise.all([
      emails.length === 0
        ? []
        : this.dataSource.query<ContactRecord[]>(
            `SELECT id, first_name AS "firstName", last_name AS "lastName", email, '[]'::json AS positions
             FROM contacts WHERE email = ANY($1::varchar[]) AND erased_at IS NULL`,
            [emails],
          ),
      names.length === 0
        ? []
        : this.dataSource.query<(ContactRecord & { input: string })[]>(
            `SELECT x.input, c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.email,
                    COALESCE((SELECT json_agg(json_build_object(
                                'collectivityId', p.collectivity_id, 'partnerId', p.partner_id, 'title', p.title,
                                'organisationName', COALESCE(col.name, par.name)) ORDER BY p.started_on DESC)
                              FROM positions p
                              LEFT JOIN collectivities col ON col.id = p.collectivity_id
                              LEFT JOIN partners par ON par.id = p.partner_id
                              WHERE p.contact_id = c.id AND (p.ended_on IS NULL OR p.ended_on >= current_date)), '[]'::json) AS positions
             FROM unnest($1::text[]) AS x(input)
             JOIN contacts c ON c.search_text = search_normalize(x.input) AND c.erased_at IS NULL
             ORDER BY c.last_name, c.first_name, c.id`,
            [names],
          ),
      sirens.length === 0 && inseeCodes.length === 0
        ? []
        : this.collectivities(
            `c.siren = ANY($1::bpchar[]) OR c.insee_code = ANY($2::varchar[])`,
            [sirens, inseeCodes],
            `'' AS input, 0 AS rank`,
          ),
      variants.length === 0
        ? []
        : this.collectivities(
            `TRUE`,
            [
              variants.map((variant) => variant.input),
              variants.map((variant) => variant.rank),
              variants.map((variant) => variant.name),
              variants.map((variant) => variant.kinds?.join(',') ?? ''),
            ],
            `x.input, x.rank`,
            `JOIN unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS x(input, rank, variant, kinds)
               ON c.search_text = search_normalize(x.variant) AND (x.kinds = '' OR c.kind = ANY(string_to_array(x.kinds, ',')))`,
          ),
      partnerVariants.length === 0
        ? []
        : this.dataSource.query<(PartnerRecord & { input: string; rank: number })[]>(
            `SELECT x.input, x.rank, p.id, p.name, p.acronym
             FROM unnest($1::text[], $2::int[], $3::text[]) AS x(input, rank, variant)
             JOIN partners p ON search_normalize(p.name) = search_normalize(x.variant)
                             OR (p.acronym IS NOT NULL AND search_normalize(p.acronym) = search_normalize(x.variant))
             ORDER BY p.name`,
            [
              partnerVariants.map((variant) => variant.input),
              partnerVariants.map((variant) => variant.rank),
              partnerVariants.map((variant) => variant.name),
            ],
          ),
      this.dataSource.query<ExistingParticipation[]>(
        `SELECT id, contact_id AS "contactId", collectivity_id AS "collectivityId", partner_id AS "partnerId",
                organisation_name AS "organisationName", status
         FROM participations WHERE event_id = $1`,
        [eventId],
      ),
    ]);

    const collectivitiesByCode = new Map<string, CollectivityRecord[]>();
    for (const row of byCode) {
      for (const key of [
        row.siren ? codeKey({ siren: row.siren }) : null,
        row.inseeCode ? codeKey({ inseeCode: row.inseeCode }) : null,
      ]) {
        if (!key) continue;
        const list = collectivitiesByCode.get(key) ?? [];
        if (!list.some((other) => other.id === row.id)) list.push(row);
        collectivitiesByCode.set(key, list);
      }
    }
    return {
      contactsByEmail: new Map(byEmail.map((contact) => [contact.email!, contact])),
      contactsByName: groupBy(byName, (row) => row.input),
      collectivitiesByCode,
      organisationsByName: bestRanked(byCollectivityName, byPartnerName),
      participations,
    };
  }

  private collectivities(where: string, parameters: unknown[], select: string, join = ''): Promise<CollectivityRow[]> {
    return this.dataSource.query<CollectivityRow[]>(
      `SELECT ${select}, c.id, c.name, c.kind, c.country_code AS "countryCode", c.siren, c.insee_code AS "inseeCode",
              c.department_code AS "departmentCode", d.name AS "departmentName", c.population
       FROM collectivities c
       ${join}
       LEFT JOIN collectivities d ON d.kind = 'DEPARTMENT' AND d.insee_code = c.department_code
       WHERE ${where}
       ORDER BY c.population DESC NULLS LAST, c.name`,
      parameters,
    );
  }
}

/**
 * Per organisation text, the collectivities and partners its best-ranked variants found: the name
 * as written beats it without its parenthesis, which beats an acronym alone.
 */
function bestRanked(
  collectivities: CollectivityRow[],
  partners: (PartnerRecord & { input: string; rank: number })[],
): Map<string, OrganisationsByName> {
  const best = new Map<string, number>();
  for (const row of [...collectivities, ...partners])
    best.set(row.input, Math.min(best.get(row.input) ?? Infinity, Number(row.rank)));
  const result = new Map<string, OrganisationsByName>();
  const entry = (input: string) => {
    const found = result.get(input) ?? { collectivities: [], partners: [] };
    result.set(input, found);
    return found;
  };
  for (const row of collectivities) {
    if (Number(row.rank) !== best.get(row.input)) continue;
    const list = entry(row.input).collectivities;
    if (!list.some((other) => other.id === row.id)) list.push(row);
  }
  for (const row of partners) {
    if (Number(row.rank) !== best.get(row.input)) continue;
    const list = entry(row.input).partners;
    if (!list.some((other) => other.id === row.id)) list.push({ id: row.id, name: row.name, acronym: row.acronym });
  }
  return result;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null && value !== ''))];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    if (!list.some((other) => (other as { id?: string }).id === (item as { id?: string }).id)) list.push(item);
    map.set(key(item), list);
  }
  return map;
}
