import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDate, ConsentStatus, guessPositionKind, ParticipationStatus, wallTimeInstant } from '@territoria/domain';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AppError, ErrorCode, NotFoundError, UserInputError } from '../../../common/errors/app-errors.js';
import { translateDatabaseError } from '../../../common/errors/database-errors.js';
import { AuditService } from '../../audit/audit.service.js';
import { actorLabel, type Actor } from '../../../common/access/actor.js';
import { Contact } from '../../contacts/contact.entity.js';
import { Position } from '../../contacts/position.entity.js';
import { Participation } from '../participation.entity.js';
import { resolveMapping } from './column-mapping.js';
import { decodeBase64, readCsv, type CsvTable } from './csv-reading.js';
import {
  ImportMatch,
  ImportRowOutcome,
  type ImportColumn,
  type ImportCounts,
  type ImportPreview,
  type ImportResult,
  type ImportStatusValue,
  type ParticipationImportInput,
  type UndoImportResult,
} from './dto/import.types.js';
import { parseStatus, statusKey } from './import-values.js';
import { ParticipationImport, ParticipationImportItem } from './participation-import.entity.js';
import {
  codeKey,
  collectivityNameVariants,
  matchRows,
  organisationScope,
  partnerNameVariants,
  personName,
  readRow,
  type CollectivityRecord,
  type ContactRecord,
  type ExistingParticipation,
  type Lookups,
  type MatchedRow,
  type OrganisationsByName,
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

interface EditionRow {
  startsOn: string;
}

/** The participations an import created or changed, as they are now (to undo it). */
interface ImportedParticipation {
  entityId: string;
  action: 'CREATE' | 'UPDATE';
  versionAfter: number | null;
  before: { status: string; checkedInAt: string | null; version?: number } | null;
  version: number | null;
  name: string | null;
}

/** The values of the status column a preview lists at most. */
const STATUS_VALUES_LISTED = 100;

/** Participations named at most in a refusal to undo (the count says the rest). */
const LISTED_IN_REFUSAL = 50;

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
    const { table, mapping, rows, questions, statuses } = await this.analyse(input);
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
      questions,
      statuses,
      rows: rows.map(({ skipped: _skipped, organisationName: _organisationName, values: _values, ...row }) => row),
    };
  }

  async commit(input: ParticipationImportInput, actor: Actor): Promise<ImportResult> {
    const { rows, edition } = await this.analyse(input);
    const pending = rows.filter((row) => !row.skipped);
    if (pending.length > 0 && pending.every((row) => row.outcome === ImportRowOutcome.ERROR)) {
      const message = `Every line of the file has an error (${pending.length}): nothing was imported. Check the columns' mapping, then the lines.`;
      throw new AppError(ErrorCode.BAD_USER_INPUT, message, [{ field: 'rows', code: 'EVERY_ROW_IN_ERROR', message }], {
        rows: pending.slice(0, 200).map((row) => ({ line: row.line, message: blockingMessage(row) })),
      });
    }
    const blocking = pending.filter(
      (row) => row.outcome === ImportRowOutcome.ERROR || row.outcome === ImportRowOutcome.AMBIGUOUS,
    );
    if (blocking.length > 0) {
      const details = blocking.map((row) => ({ line: row.line, message: blockingMessage(row) }));
      const message = `${blocking.length} line${blocking.length > 1 ? 's' : ''} still ${blocking.length > 1 ? 'have' : 'has'} an error or a choice to make (line ${blocking
        .slice(0, 5)
        .map((row) => row.line)
        .join(', ')}${blocking.length > 5 ? '…' : ''}): nothing was imported.`;
      throw new AppError(ErrorCode.BAD_USER_INPUT, message, [{ field: 'rows', code: 'UNRESOLVED_ROWS', message }], {
        rows: details,
      });
    }
    const toImport = pending.filter((row) => row.outcome === ImportRowOutcome.NEW);
    const toUpdate = pending.filter((row) => row.outcome === ImportRowOutcome.ALREADY_REGISTERED && row.statusChange);
    const result: ImportResult = {
      importId: null,
      participationsCreated: 0,
      contactsCreated: 0,
      positionsCreated: 0,
      statusesUpdated: 0,
      unchanged: pending.filter((row) => row.outcome === ImportRowOutcome.ALREADY_REGISTERED && !row.statusChange).length,
      skipped: rows.filter((row) => row.skipped || row.outcome === ImportRowOutcome.DUPLICATE).length,
    };
    // Present without an arrival time: checked in on the edition's first day, at noon so that the
    // date reads the same in any time zone.
    const [year, month, day] = edition.startsOn.split('-').map(Number) as [number, number, number];
    const editionDay = wallTimeInstant(year, month, day, 12, 0, 0)!;
    try {
      await this.dataSource.transaction(async (manager) => {
        const record = await manager.save(
          manager.create(ParticipationImport, {
            eventId: input.eventId,
            fileName: input.fileName,
            importedById: actor.kind === 'USER' ? actor.userId : null,
            importedBy: actorLabel(actor),
            rows: rows.length,
            participationsCreated: 0,
            contactsCreated: 0,
            positionsCreated: 0,
            statusesUpdated: 0,
            unchanged: result.unchanged,
            skipped: result.skipped,
          }),
        );
        result.importId = record.id;
        const items: Partial<ParticipationImportItem>[] = [];
        const newContacts = toImport.filter((row) => row.contactMatch === ImportMatch.NEW);
        const contactIds = await this.insertContacts(
          manager,
          actor,
          newContacts.map((row) => row.values),
        );
        newContacts.forEach((row, index) => (row.contactId = contactIds[index]!));
        items.push(...contactIds.map((id) => ({ entityType: 'Contact', entityId: id, action: 'CREATE' as const })));
        result.contactsCreated = newContacts.length;
        const positionIds = await this.insertPositions(manager, actor, newContacts);
        items.push(...positionIds.map((id) => ({ entityType: 'Position', entityId: id, action: 'CREATE' as const })));
        result.positionsCreated = positionIds.length;
        const participationIds = await this.insertParticipations(manager, actor, input.eventId, toImport, editionDay);
        items.push(
          ...participationIds.map((id) => ({
            entityType: 'Participation',
            entityId: id,
            action: 'CREATE' as const,
            versionAfter: 1,
          })),
        );
        result.participationsCreated = participationIds.length;
        const updated = await this.updateStatuses(manager, actor, toUpdate, editionDay);
        items.push(...updated);
        result.statusesUpdated = updated.length;
        for (const chunk of chunks(items, INSERT_CHUNK)) {
          await manager.insert(
            ParticipationImportItem,
            chunk.map((item) => ({ ...item, importId: record.id })),
          );
        }
        await manager.update(
          ParticipationImport,
          { id: record.id },
          {
            participationsCreated: result.participationsCreated,
            contactsCreated: result.contactsCreated,
            positionsCreated: result.positionsCreated,
            statusesUpdated: result.statusesUpdated,
          },
        );
      });
    } catch (error) {
      throw translateDatabaseError(error, UNIQUE_CONSTRAINTS);
    }
    return result;
  }

  /**
   * Undoes a committed import as a whole: the participations it created are deleted, the statuses
   * it changed go back, the contacts it created go when nothing else refers to them. Refused while
   * one of its participations was changed since (checked in, edited, deleted), naming them, and
   * once undone.
   */
  async undo(importId: string, actor: Actor): Promise<UndoImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.findOne(ParticipationImport, { where: { id: importId }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw new NotFoundError('ParticipationImport', importId);
      if (record.undoneAt) {
        const message = `This import was already undone (${record.undoneAt.toISOString()}, by ${record.undoneBy ?? 'someone'}): nothing was changed.`;
        throw new AppError(ErrorCode.CONFLICT, message, [{ field: 'id', code: 'ALREADY_UNDONE', message }], {
          reason: 'ALREADY_UNDONE',
          undoneAt: record.undoneAt.toISOString(),
          undoneBy: record.undoneBy,
        });
      }
      // Locked first, so that nobody changes them between the check and the undoing.
      await manager.query(
        `SELECT 1 FROM participations WHERE id IN (SELECT entity_id FROM participation_import_items WHERE import_id = $1 AND entity_type = 'Participation')
         ORDER BY id FOR UPDATE`,
        [importId],
      );
      const participations = await manager.query<ImportedParticipation[]>(
        `SELECT i.entity_id AS "entityId", i.action, i.version_after AS "versionAfter", i.before, p.version,
                coalesce(c.first_name || ' ' || c.last_name, o.name, pa.name, p.organisation_name) AS name
         FROM participation_import_items i
         LEFT JOIN participations p ON p.id = i.entity_id
         LEFT JOIN contacts c ON c.id = p.contact_id
         LEFT JOIN collectivities o ON o.id = p.collectivity_id
         LEFT JOIN partners pa ON pa.id = p.partner_id
         WHERE i.import_id = $1 AND i.entity_type = 'Participation'
         ORDER BY name NULLS FIRST, i.entity_id`,
        [importId],
      );
      const changed = participations.filter((row) => row.version === null || row.version !== row.versionAfter);
      if (changed.length > 0) {
        const names = changed.slice(0, 5).map((row) => row.name ?? '(deleted)');
        const message = `${changed.length} participation${changed.length > 1 ? 's' : ''} of this import ${changed.length > 1 ? 'were' : 'was'} changed since (${names.join(', ')}${changed.length > 5 ? '…' : ''}): the import cannot be undone as a whole; nothing was changed.`;
        throw new AppError(ErrorCode.CONFLICT, message, [{ field: 'id', code: 'CHANGED_SINCE', message }], {
          reason: 'CHANGED_SINCE',
          changedCount: changed.length,
          participations: changed
            .slice(0, LISTED_IN_REFUSAL)
            .map((row) => ({ id: row.entityId, name: row.name, deleted: row.version === null })),
        });
      }
      const created = participations.filter((row) => row.action === 'CREATE').map((row) => row.entityId);
      const deleted = await this.deleteTraced(manager, actor, 'participations', 'Participation', created);
      const restored = participations.filter((row) => row.action === 'UPDATE');
      await this.restoreStatuses(manager, actor, importId, restored);
      const contacts = await this.deleteCreatedContacts(manager, actor, importId);
      await manager.query(`UPDATE participation_imports SET undone_at = now(), undone_by = $2 WHERE id = $1`, [
        importId,
        actorLabel(actor),
      ]);
      return {
        importId,
        participationsDeleted: deleted,
        statusesRestored: restored.length,
        contactsDeleted: contacts.deleted,
        contactsKept: contacts.kept,
      };
    });
  }

  private async analyse(input: ParticipationImportInput) {
    const bytes = decodeBase64(input.contentBase64);
    const edition = await this.edition(input.eventId);
    const table = readCsv(bytes);
    const mapping = resolveMapping(table.headers, input.mapping);
    const statusMapping = new Map((input.statusValues ?? []).map((item) => [statusKey(item.value), item.status] as const));
    const values = table.rows.map((row) => readRow(row, mapping, statusMapping));
    await this.assertContactsExist(input);
    const lookups = await this.lookUp(input.eventId, values);
    const { rows, questions } = matchRows(values, lookups, input.resolutions ?? [], input.groupAnswers ?? []);
    return { table, mapping, rows, questions, statuses: statusValues(table, mapping, statusMapping), edition };
  }

  private async edition(eventId: string): Promise<EditionRow> {
    const [found] = await this.dataSource.query<EditionRow[]>(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "startsOn" FROM events WHERE id = $1`,
      [eventId],
    );
    if (!found) throw new NotFoundError('Event', eventId);
    return found;
  }

  /** A group answer naming a contact names one that exists (an erased person is nobody's answer). */
  private async assertContactsExist(input: ParticipationImportInput): Promise<void> {
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
  private async lookUp(eventId: string, rows: RowValues[]): Promise<Lookups> {
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
  private async insertPositions(manager: EntityManager, actor: Actor, newContacts: MatchedRow[]): Promise<string[]> {
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
    return this.insertTraced(manager, actor, Position, 'Position', values);
  }

  private async insertParticipations(
    manager: EntityManager,
    actor: Actor,
    eventId: string,
    rows: MatchedRow[],
    editionDay: Date,
  ): Promise<string[]> {
    const now = new Date();
    const values = rows.map((row) => {
      const status = row.status ?? ParticipationStatus.REGISTERED;
      return {
        eventId,
        contactId: row.contactId,
        collectivityId: row.collectivityId,
        partnerId: row.partnerId,
        organisationName: row.collectivityId || row.partnerId ? null : row.organisationName,
        role: row.values.role,
        status,
        checkedInAt: status === ParticipationStatus.ATTENDED ? editionDay : null,
        countryCode: row.countryCode,
        registeredAt: row.values.registeredAt ?? now,
      };
    });
    return this.insertTraced(manager, actor, Participation, 'Participation', values);
  }

  /**
   * The statuses the file changes on registrations already there, traced; returns the import's
   * items, each with the status before, to undo it.
   */
  private async updateStatuses(
    manager: EntityManager,
    actor: Actor,
    rows: MatchedRow[],
    editionDay: Date,
  ): Promise<Partial<ParticipationImportItem>[]> {
    if (rows.length === 0) return [];
    const wanted = new Map(rows.map((row) => [row.existingParticipationId!, row.values.status!]));
    const current = await manager.query<{ id: string; status: ParticipationStatus; checkedInAt: Date | null; version: number }[]>(
      `SELECT id, status, checked_in_at AS "checkedInAt", version FROM participations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [[...wanted.keys()]],
    );
    const changes = current
      .filter((row) => wanted.get(row.id) !== row.status)
      .map((row) => {
        const status = wanted.get(row.id)!;
        const checkedInAt = status === ParticipationStatus.ATTENDED ? (row.checkedInAt ?? editionDay) : null;
        return { ...row, after: { status, checkedInAt } };
      });
    if (changes.length === 0) return [];
    const [updated]: [{ id: string; version: number }[]] = await manager.query(
      `UPDATE participations p SET status = v.status, checked_in_at = v.checked_in_at, version = p.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[]) AS v(id, status, checked_in_at)
       WHERE p.id = v.id RETURNING p.id, p.version`,
      [changes.map((row) => row.id), changes.map((row) => row.after.status), changes.map((row) => row.after.checkedInAt)],
    );
    const versions = new Map(updated.map((row) => [row.id, row.version]));
    // One audit statement per kind of change (REGISTERED → ATTENDED…).
    const kinds = new Map<string, typeof changes>();
    for (const change of changes) {
      const key = JSON.stringify([change.status, change.checkedInAt, change.after]);
      kinds.set(key, [...(kinds.get(key) ?? []), change]);
    }
    for (const group of kinds.values()) {
      const first = group[0]!;
      await this.audit.recordSameUpdate(
        manager,
        actor,
        'Participation',
        group.map((change) => change.id),
        { status: first.status, checkedInAt: first.checkedInAt },
        first.after,
      );
    }
    return changes.map((change) => ({
      entityType: 'Participation',
      entityId: change.id,
      action: 'UPDATE' as const,
      versionAfter: versions.get(change.id) ?? null,
      before: {
        status: change.status,
        checkedInAt: change.checkedInAt ? new Date(change.checkedInAt).toISOString() : null,
        version: change.version,
      },
    }));
  }

  /**
   * The statuses an import changed, back to what they were (their participations unchanged since).
   * An earlier import that left a participation as it is again may then be undone in turn.
   */
  private async restoreStatuses(
    manager: EntityManager,
    actor: Actor,
    importId: string,
    rows: ImportedParticipation[],
  ): Promise<void> {
    if (rows.length === 0) return;
    const [previous]: [{ id: string; status: string; checkedInAt: Date | null; version: number }[]] = await manager.query(
      `UPDATE participations p SET status = v.status, checked_in_at = v.checked_in_at, version = p.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[]) AS v(id, status, checked_in_at),
            LATERAL (SELECT o.status, o.checked_in_at FROM participations o WHERE o.id = v.id) AS old
       WHERE p.id = v.id RETURNING p.id, old.status, old.checked_in_at AS "checkedInAt", p.version`,
      [rows.map((row) => row.entityId), rows.map((row) => row.before!.status), rows.map((row) => row.before!.checkedInAt)],
    );
    const restored = rows.filter((row) => row.before!.version !== undefined);
    await manager.query(
      `UPDATE participation_import_items i SET version_after = v.version
       FROM unnest($2::uuid[], $3::int[], $4::int[]) AS v(id, before_version, version), participation_imports r
       WHERE i.entity_type = 'Participation' AND i.entity_id = v.id AND i.version_after = v.before_version
         AND i.import_id <> $1 AND r.id = i.import_id AND r.undone_at IS NULL`,
      [
        importId,
        restored.map((row) => row.entityId),
        restored.map((row) => row.before!.version),
        restored.map((row) => previous.find((item) => item.id === row.entityId)!.version),
      ],
    );
    for (const row of rows) {
      const before = previous.find((item) => item.id === row.entityId);
      const restored = {
        status: row.before!.status,
        checkedInAt: row.before!.checkedInAt ? new Date(row.before!.checkedInAt) : null,
      };
      await this.audit.record(
        manager,
        actor,
        'Participation',
        row.entityId,
        before ? { status: before.status, checkedInAt: before.checkedInAt } : {},
        restored,
      );
    }
  }

  /**
   * The contacts an import created, with the positions it gave them, deleted unless edited since
   * or referred to by anything else now (another registration, a group office, a user…): tried
   * all at once, then one by one when a reference refuses.
   */
  private async deleteCreatedContacts(
    manager: EntityManager,
    actor: Actor,
    importId: string,
  ): Promise<{ deleted: number; kept: number }> {
    const [{ count }] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM participation_import_items WHERE import_id = $1 AND entity_type = 'Contact'`,
      [importId],
    );
    const contacts = await manager.query<{ id: string }[]>(
      `SELECT c.id FROM participation_import_items i JOIN contacts c ON c.id = i.entity_id
       WHERE i.import_id = $1 AND i.entity_type = 'Contact' AND c.version = 1 ORDER BY c.id`,
      [importId],
    );
    const positions = await manager.query<{ id: string; contactId: string }[]>(
      `SELECT p.id, p.contact_id AS "contactId" FROM participation_import_items i JOIN positions p ON p.id = i.entity_id
       WHERE i.import_id = $1 AND i.entity_type = 'Position'`,
      [importId],
    );
    const attempt = async (ids: string[]): Promise<boolean> => {
      await manager.query('SAVEPOINT undo_contacts');
      try {
        const theirs = new Set(ids);
        await this.deleteTraced(
          manager,
          actor,
          'positions',
          'Position',
          positions.filter((position) => theirs.has(position.contactId)).map((position) => position.id),
        );
        await this.deleteTraced(manager, actor, 'contacts', 'Contact', ids);
        await manager.query('RELEASE SAVEPOINT undo_contacts');
        return true;
      } catch (error) {
        // a reference to the contact (foreign key): it stays
        if (
          (error as { driverError?: { code?: string } }).driverError?.code !== '23503' &&
          (error as { code?: string }).code !== '23503'
        )
          throw error;
        await manager.query('ROLLBACK TO SAVEPOINT undo_contacts');
        return false;
      }
    };
    const ids = contacts.map((contact) => contact.id);
    let deleted = 0;
    if (ids.length > 0 && (await attempt(ids))) deleted = ids.length;
    else for (const id of ids) if (await attempt([id])) deleted += 1;
    return { deleted, kept: count - deleted };
  }

  /** Deletes rows by id, each deletion traced with the row as it was; returns how many. */
  private async deleteTraced(
    manager: EntityManager,
    actor: Actor,
    table: 'participations' | 'positions' | 'contacts',
    name: string,
    ids: string[],
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const [rows]: [Record<string, unknown>[]] = await manager.query(
      `DELETE FROM ${table} WHERE id = ANY($1::uuid[]) RETURNING *`,
      [ids],
    );
    await this.audit.recordDeletions(
      manager,
      actor,
      name,
      rows.map((row) => camelCased(row) as { id: string }),
    );
    return rows.length;
  }

  /** Inserts the rows a chunk per statement, each chunk's trail in one more; returns the new ids in order. */
  private async insertTraced<T extends object>(
    manager: EntityManager,
    actor: Actor,
    entity: EntityTarget<T>,
    name: string,
    rows: QueryDeepPartialEntity<T>[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const chunk of chunks(rows, INSERT_CHUNK)) {
      const inserted = await manager.insert(entity, chunk);
      const created = inserted.identifiers.map((identifier, index) => ({
        ...(chunk[index] as object),
        id: identifier.id as string,
      }));
      ids.push(...created.map((row) => row.id));
      await this.audit.recordCreations(manager, actor, name, created);
    }
    return ids;
  }
}

function blockingMessage(row: MatchedRow): string {
  if (row.outcome === ImportRowOutcome.ERROR) return row.errors.map((error) => `${error.field}: ${error.message}`).join(' ');
  const choices = [
    row.contactMatch !== ImportMatch.EMAIL &&
    row.contactId === null &&
    row.contactCandidates.length > 0 &&
    row.contactMatch !== ImportMatch.NEW
      ? `the contact (${row.contactCandidates.length} people have this name)`
      : null,
    row.organisationCandidates.length > 1 &&
    row.collectivityId === null &&
    row.partnerId === null &&
    row.organisationName === null
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
    statusChanges: rows.filter((row) => !row.skipped && row.statusChange).length,
  };
}

/** The values of the status column, each once (as first written), with how they read. */
function statusValues(
  table: CsvTable,
  mapping: (string | null)[],
  statusMapping: ReadonlyMap<string, ParticipationStatus>,
): ImportStatusValue[] {
  const column = mapping.indexOf('STATUS');
  if (column < 0) return [];
  const values = new Map<string, ImportStatusValue>();
  for (const row of table.rows) {
    const cell = row.cells[column] ?? '';
    const key = statusKey(cell);
    if (key === '') continue;
    const known = values.get(key);
    if (known) known.count += 1;
    else {
      const mapped = statusMapping.get(key);
      values.set(key, { value: cell, count: 1, status: mapped ?? parseStatus(cell) ?? null, mapped: mapped !== undefined });
    }
  }
  // the most frequent first; a column of free text is cut short (its lines say what they hold)
  return [...values.values()]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'fr'))
    .slice(0, STATUS_VALUES_LISTED);
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

/** A row as PostgreSQL returns it (snake_case) under the entity's names, for the audit trail. */
function camelCased(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => !DERIVED_COLUMNS.has(key))
      .map(([key, value]) => [key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), value]),
  );
}

/** Columns kept by the database from the others (search and sort keys): not the record's content. */
const DERIVED_COLUMNS = new Set(['search_text', 'sort_name', 'organisation_search_text']);

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
