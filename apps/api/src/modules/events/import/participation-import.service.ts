import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ParticipationStatus, wallTimeInstant } from '@territoria/domain';
import type { DataSource, EntityManager } from 'typeorm';

import { AppError, ErrorCode, NotFoundError } from '../../../common/errors/app-errors.js';
import { translateDatabaseError } from '../../../common/errors/database-errors.js';
import { AuditService } from '../../audit/audit.service.js';
import { chunks, deleteTraced, INSERT_CHUNK, insertTraced } from '../../audit/traced-batches.js';
import { actorLabel, type Actor } from '../../../common/access/actor.js';
import { ContactBatchWrites, type NewContact, type NewPosition } from '../../contacts/contact-batch-writes.js';
import { Participation } from '../participation.entity.js';
import { resolveMapping } from './column-mapping.js';
import { decodeBase64, readCsv } from './csv-reading.js';
import {
  ImportMatch,
  ImportRowOutcome,
  type ImportColumn,
  type ImportPreview,
  type ImportResult,
  type UndoImportResult,
} from './dto/import.types.js';
import { type ParticipationImportInput } from './dto/import.inputs.js';
import { statusKey } from './import-values.js';
import { ImportLookups } from './import-lookups.js';
import { blockingLine, countRows, statusValues } from './import-summary.js';
import { ParticipationImport, ParticipationImportItem } from './participation-import.entity.js';
import { matchRows, readRow, type MatchedRow, type RowValues } from './row-matching.js';

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

/** The participations an import created or changed, as they are now (to undo it). */
interface ImportedParticipation {
  entityId: string;
  action: 'CREATE' | 'UPDATE';
  versionAfter: number | null;
  before: { status: string; checkedInAt: string | null; version?: number } | null;
  version: number | null;
  name: string | null;
}

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
    private readonly lookups: ImportLookups,
    private readonly contacts: ContactBatchWrites,
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
        rows: pending.slice(0, 200).map(blockingLine),
      });
    }
    const blocking = pending.filter(
      (row) => row.outcome === ImportRowOutcome.ERROR || row.outcome === ImportRowOutcome.AMBIGUOUS,
    );
    if (blocking.length > 0) {
      const details = blocking.map(blockingLine);
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
        const contactIds = await this.contacts.createContacts(
          manager,
          actor,
          newContacts.map((row) => newContact(row.values)),
        );
        newContacts.forEach((row, index) => (row.contactId = contactIds[index]!));
        items.push(...contactIds.map((id) => ({ entityType: 'Contact', entityId: id, action: 'CREATE' as const })));
        result.contactsCreated = newContacts.length;
        const positionIds = await this.contacts.createPositions(manager, actor, newPositions(newContacts));
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
      const deleted = await deleteTraced(manager, this.audit, actor, 'participations', 'Participation', created);
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
    const edition = await this.lookups.edition(input.eventId);
    const table = readCsv(bytes);
    const mapping = resolveMapping(table.headers, input.mapping);
    const statusMapping = new Map((input.statusValues ?? []).map((item) => [statusKey(item.value), item.status] as const));
    const values = table.rows.map((row) => readRow(row, mapping, statusMapping));
    await this.lookups.assertContactsExist(input);
    const lookups = await this.lookups.lookUp(input.eventId, values);
    const { rows, questions } = matchRows(values, lookups, input.resolutions ?? [], input.groupAnswers ?? []);
    return { table, mapping, rows, questions, statuses: statusValues(table, mapping, statusMapping), edition };
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
    return insertTraced(manager, this.audit, actor, Participation, 'Participation', values);
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
   * The contacts an import created, with the positions it gave them, deleted by the contacts
   * module unless edited or referred to since; returns how many went and how many stayed.
   */
  private async deleteCreatedContacts(
    manager: EntityManager,
    actor: Actor,
    importId: string,
  ): Promise<{ deleted: number; kept: number }> {
    const items = await manager.query<{ entityType: string; entityId: string }[]>(
      `SELECT entity_type AS "entityType", entity_id AS "entityId" FROM participation_import_items
       WHERE import_id = $1 AND entity_type IN ('Contact', 'Position')`,
      [importId],
    );
    const of = (type: string) => items.filter((item) => item.entityType === type).map((item) => item.entityId);
    const contactIds = of('Contact');
    const deleted = await this.contacts.deleteCreated(manager, actor, contactIds, of('Position'));
    return { deleted, kept: contactIds.length - deleted };
  }
}

/**
 * A new contact's job title, given with the organisation they came for, becomes their position
 * there (known to hold it since they registered), so the organisation's page lists them. People
 * already known keep their positions as staff recorded them.
 */
function newPositions(newContacts: MatchedRow[]): NewPosition[] {
  return newContacts
    .filter((row) => row.values.jobTitle && (row.collectivityId || row.partnerId))
    .map((row) => ({
      contactId: row.contactId!,
      collectivityId: row.collectivityId,
      partnerId: row.partnerId,
      title: row.values.jobTitle!,
      since: row.values.registeredAt ?? new Date(),
    }));
}

/** What a new contact of the file holds: its person's cells. */
function newContact(row: RowValues): NewContact {
  return {
    civility: (row.civility as NewContact['civility']) ?? null,
    firstName: row.firstName!,
    lastName: row.lastName!,
    email: row.email,
    phone: row.phone,
  };
}
