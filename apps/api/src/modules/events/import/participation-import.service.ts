import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDate, ConsentStatus, guessPositionKind, ParticipationStatus } from '@territoria/domain';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AppError, ErrorCode, NotFoundError } from '../../../common/errors/app-errors.js';
import { translateDatabaseError } from '../../../common/errors/database-errors.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import { Contact } from '../../contacts/contact.entity.js';
import { Position } from '../../contacts/position.entity.js';
import { Participation } from '../participation.entity.js';
import { resolveMapping } from './column-mapping.js';
import { decodeBase64, readCsv } from './csv-reading.js';
import { ImportMatch, ImportRowOutcome, type ImportColumn, type ImportCounts, type ImportPreview, type ImportResult, type ParticipationImportInput } from './dto/import.types.js';
import {
  matchRows,
  organisationNameVariants,
  organisationScope,
  personName,
  readRow,
  type CollectivityRecord,
  type ContactRecord,
  type ExistingParticipation,
  type Lookups,
  type MatchedRow,
  type PartnerRecord,
  type RowValues,
} from './row-matching.js';

const UNIQUE_CONSTRAINTS = {
  contacts_email_key: {
    field: 'rows',
    message: 'A contact with one of these email addresses was created meanwhile: preview the file again, nothing was imported.',
  },
  participations_event_contact_key: {
    field: 'rows',
    message: 'One of these people was registered to the event meanwhile: preview the file again, nothing was imported.',
  },
};

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 500;

interface CollectivityRow extends CollectivityRecord {
  input: string;
  rank: number;
  siren: string | null;
  inseeCode: string | null;
}

/**
 * Import of an event's registration list: read, map and match in one stateless pass, previewed
 * as many times as needed, then committed all or nothing after the same pass again.
 */
@Injectable()
export class ParticipationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(input: ParticipationImportInput): Promise<ImportPreview> {
    const { table, mapping, rows } = await this.analyse(input);
    const columns: ImportColumn[] = table.headers.map((header, index) => ({
      index,
      header,
      field: mapping[index] ?? null,
      sample: table.rows.find((row) => row.cells[index])?.cells[index]?.slice(0, 200) ?? null,
    }));
    return {
      encoding: table.encoding,
      delimiter: table.delimiter,
      columns,
      counts: countRows(rows),
      rows: rows.map(({ skipped: _skipped, organisationName: _organisationName, values: _values, ...row }) => row),
    };
  }

  async commit(input: ParticipationImportInput, actor: Actor): Promise<ImportResult> {
    const { rows } = await this.analyse(input);
    const blocking = rows.filter((row) => !row.skipped && (row.outcome === ImportRowOutcome.ERROR || row.outcome === ImportRowOutcome.AMBIGUOUS));
    if (blocking.length > 0) {
      const details = blocking.map((row) => ({ line: row.line, message: blockingMessage(row) }));
      const message = `${blocking.length} line${blocking.length > 1 ? 's' : ''} still ${blocking.length > 1 ? 'have' : 'has'} an error or a choice to make (line ${blocking
        .slice(0, 5)
        .map((row) => row.line)
        .join(', ')}${blocking.length > 5 ? '…' : ''}): nothing was imported.`;
      throw new AppError(ErrorCode.BAD_USER_INPUT, message, [{ field: 'rows', code: 'UNRESOLVED_ROWS', message }], { rows: details });
    }
    const toImport = rows.filter((row) => !row.skipped && row.outcome === ImportRowOutcome.NEW);
    const result: ImportResult = {
      participationsCreated: 0,
      contactsCreated: 0,
      positionsCreated: 0,
      unchanged: rows.filter((row) => !row.skipped && row.outcome === ImportRowOutcome.ALREADY_REGISTERED).length,
      skipped: rows.filter((row) => row.skipped || row.outcome === ImportRowOutcome.DUPLICATE).length,
    };
    if (toImport.length === 0) return result;
    try {
      await this.dataSource.transaction(async (manager) => {
        const newContacts = toImport.filter((row) => row.contactMatch === ImportMatch.NEW);
        const contactIds = await this.insertContacts(manager, actor, newContacts.map((row) => row.values));
        newContacts.forEach((row, index) => (row.contactId = contactIds[index]!));
        result.contactsCreated = newContacts.length;
        result.positionsCreated = await this.insertPositions(manager, actor, newContacts);
        await this.insertParticipations(manager, actor, input.eventId, toImport);
        result.participationsCreated = toImport.length;
      });
    } catch (error) {
      throw translateDatabaseError(error, UNIQUE_CONSTRAINTS);
    }
    return result;
  }

  private async analyse(input: ParticipationImportInput) {
    const bytes = decodeBase64(input.contentBase64);
    await this.assertEvent(input.eventId);
    const table = readCsv(bytes);
    const mapping = resolveMapping(table.headers, input.mapping);
    const values = table.rows.map((row) => readRow(row, mapping));
    const lookups = await this.lookUp(input.eventId, values);
    const rows = matchRows(values, lookups, input.resolutions ?? []);
    return { table, mapping, rows };
  }

  private async assertEvent(eventId: string): Promise<void> {
    const found = await this.dataSource.query(`SELECT 1 FROM events WHERE id = $1`, [eventId]);
    if (found.length === 0) throw new NotFoundError('Event', eventId);
  }

  /** Everything the matching needs, in one query per kind of lookup whatever the number of lines. */
  private async lookUp(eventId: string, rows: RowValues[]): Promise<Lookups> {
    const valid = rows;
    const emails = unique(valid.map((row) => row.email));
    const names = unique(valid.map((row) => personName(row)));
    const sirens = unique(valid.map((row) => (row.code && 'siren' in row.code ? row.code.siren : null)));
    const inseeCodes = unique(valid.map((row) => (row.code && 'inseeCode' in row.code ? row.code.inseeCode : null)));
    const collectivityNames = unique(valid.map((row) => (!row.code && organisationScope(row.organisationType).collectivities ? row.organisation : null)));
    const partnerNames = unique(valid.map((row) => (!row.code && organisationScope(row.organisationType).partners ? row.organisation : null)));
    const variants = collectivityNames.flatMap((input) => organisationNameVariants(input).map((variant, rank) => ({ input, rank, ...variant })));

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
        : this.collectivities(`c.siren = ANY($1::bpchar[]) OR c.insee_code = ANY($2::varchar[])`, [sirens, inseeCodes], `'' AS input, 0 AS rank`),
      variants.length === 0
        ? []
        : this.collectivities(
            `TRUE`,
            [variants.map((variant) => variant.input), variants.map((variant) => variant.rank), variants.map((variant) => variant.name), variants.map((variant) => variant.kinds?.join(',') ?? '')],
            `x.input, x.rank`,
            `JOIN unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS x(input, rank, variant, kinds)
               ON c.search_text = search_normalize(x.variant) AND (x.kinds = '' OR c.kind = ANY(string_to_array(x.kinds, ',')))`,
          ),
      partnerNames.length === 0
        ? []
        : this.dataSource.query<(PartnerRecord & { input: string })[]>(
            `SELECT x.input, p.id, p.name, p.acronym
             FROM unnest($1::text[]) AS x(input)
             JOIN partners p ON search_normalize(p.name) = search_normalize(x.input)
                             OR (p.acronym IS NOT NULL AND search_normalize(p.acronym) = search_normalize(x.input))
             ORDER BY p.name`,
            [partnerNames],
          ),
      this.dataSource.query<ExistingParticipation[]>(
        `SELECT id, contact_id AS "contactId", collectivity_id AS "collectivityId", partner_id AS "partnerId", organisation_name AS "organisationName"
         FROM participations WHERE event_id = $1`,
        [eventId],
      ),
    ]);

    const collectivitiesByName = new Map<string, CollectivityRecord[]>();
    const bestRank = new Map<string, number>();
    for (const row of byCollectivityName) {
      const best = bestRank.get(row.input);
      if (best !== undefined && best < row.rank) continue;
      if (best === undefined || row.rank < best) {
        bestRank.set(row.input, row.rank);
        collectivitiesByName.set(row.input, []);
      }
      const list = collectivitiesByName.get(row.input)!;
      if (!list.some((other) => other.id === row.id)) list.push(row);
    }
    return {
      contactsByEmail: new Map(byEmail.map((contact) => [contact.email!, contact])),
      contactsByName: groupBy(byName, (row) => row.input),
      collectivitiesBySiren: groupBy(byCode.filter((row) => row.siren), (row) => row.siren!),
      collectivitiesByInsee: groupBy(byCode.filter((row) => row.inseeCode), (row) => row.inseeCode!),
      collectivitiesByName,
      partnersByName: groupBy(byPartnerName, (row) => row.input),
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

  private async insertContacts(manager: EntityManager, actor: Actor, rows: RowValues[]): Promise<string[]> {
    const values = rows.map((row) => ({
      civility: (row.civility as Contact['civility']) ?? null,
      firstName: row.firstName!,
      lastName: row.lastName!,
      email: row.email,
      phone: row.phone,
      consentStatus: ConsentStatus.UNKNOWN,
    }));
    return this.insertTraced(manager, actor, Contact, 'Contact', values);
  }

  /**
   * A new contact's job title, given with the organisation they came for, becomes their position
   * there (known to hold it since they registered), so the organisation's page lists them. People
   * already known keep their positions as staff recorded them.
   */
  private async insertPositions(manager: EntityManager, actor: Actor, newContacts: MatchedRow[]): Promise<number> {
    const values = newContacts
      .filter((row) => row.values.jobTitle && (row.collectivityId || row.partnerId))
      .map((row) => ({
        contactId: row.contactId!,
        collectivityId: row.collectivityId,
        partnerId: row.collectivityId ? null : row.partnerId,
        title: row.values.jobTitle!,
        kind: guessPositionKind(row.values.jobTitle!, row.collectivityId ? 'COLLECTIVITY' : 'PARTNER'),
        startedOn: calendarDate(row.values.registeredAt ?? new Date()),
      }));
    return (await this.insertTraced(manager, actor, Position, 'Position', values)).length;
  }

  private async insertParticipations(manager: EntityManager, actor: Actor, eventId: string, rows: MatchedRow[]): Promise<void> {
    const now = new Date();
    const values = rows.map((row) => ({
      eventId,
      contactId: row.contactId,
      collectivityId: row.collectivityId,
      partnerId: row.partnerId,
      organisationName: row.collectivityId || row.partnerId ? null : row.organisationName,
      role: row.values.role,
      status: ParticipationStatus.REGISTERED,
      countryCode: row.countryCode,
      registeredAt: row.values.registeredAt ?? now,
    }));
    await this.insertTraced(manager, actor, Participation, 'Participation', values);
  }

  /** Inserts the rows a chunk per statement, each chunk's trail in one more; returns the new ids in order. */
  private async insertTraced<T extends object>(manager: EntityManager, actor: Actor, entity: EntityTarget<T>, name: string, rows: QueryDeepPartialEntity<T>[]): Promise<string[]> {
    const ids: string[] = [];
    for (const chunk of chunks(rows, INSERT_CHUNK)) {
      const inserted = await manager.insert(entity, chunk);
      const created = inserted.identifiers.map((identifier, index) => ({ ...(chunk[index] as object), id: identifier.id as string }));
      ids.push(...created.map((row) => row.id));
      await this.audit.recordCreations(manager, actor, name, created);
    }
    return ids;
  }
}

function blockingMessage(row: MatchedRow): string {
  if (row.outcome === ImportRowOutcome.ERROR) return row.errors.map((error) => `${error.field}: ${error.message}`).join(' ');
  const choices = [
    row.contactMatch !== ImportMatch.EMAIL && row.contactId === null && row.contactCandidates.length > 0 && row.contactMatch !== ImportMatch.NEW
      ? `the contact (${row.contactCandidates.length} people have this name)`
      : null,
    row.organisationCandidates.length > 1 && row.collectivityId === null && row.partnerId === null && row.organisationName === null
      ? `the organisation (${row.organisationCandidates.length} are named "${row.organisation}")`
      : null,
  ].filter(Boolean);
  return `Choose ${choices.join(' and ') || 'among the candidates'}, or skip the line.`;
}

function countRows(rows: MatchedRow[]): ImportCounts {
  const count = (outcome: ImportRowOutcome) => rows.filter((row) => !row.skipped && row.outcome === outcome).length;
  return {
    rows: rows.length,
    ready: count(ImportRowOutcome.NEW),
    alreadyRegistered: count(ImportRowOutcome.ALREADY_REGISTERED),
    ambiguous: count(ImportRowOutcome.AMBIGUOUS),
    errors: count(ImportRowOutcome.ERROR),
    duplicates: count(ImportRowOutcome.DUPLICATE),
  };
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

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

