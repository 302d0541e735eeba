import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConsentStatus, SortDirection } from '@territoria/domain';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { AppError, ErrorCode, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { Caller } from '../../common/read/caller.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql, type Sql } from '../../common/read/sql.js';
import { visibleReference, visibleRow } from '../../common/read/visibility.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { CollectivitiesService } from '../collectivities/collectivities.service.js';
import { PartnersService } from '../partners/partners.service.js';
import { ContactRecordHolders } from './contact-records.js';
import { Contact } from './contact.entity.js';
import type {
  ContactFilter,
  ContactSort,
  CreateContactInput,
  CreatePositionInput,
  PositionFields,
  UpdateContactInput,
  UpdatePositionInput,
} from './dto/contact.inputs.js';
import { Position } from './position.entity.js';

const UNIQUE_CONSTRAINTS = { contacts_email_key: { field: 'email', message: 'Another contact already has this email.' } };
const CURRENT = `(p.ended_on IS NULL OR p.ended_on >= CURRENT_DATE)`;
const CURRENT_FP = `(fp.ended_on IS NULL OR fp.ended_on >= CURRENT_DATE)`;

/** A creation that looks like a person already known: the client shows them and asks to confirm. */
export class PossibleDuplicateError extends AppError {
  constructor(candidates: Contact[]) {
    super(
      ErrorCode.DUPLICATE,
      `This person may already exist: ${candidates.map((contact) => `${contact.firstName} ${contact.lastName}`).join(', ')}. Open the existing contact, or confirm this is someone else.`,
      [{ field: 'lastName', code: 'POSSIBLE_DUPLICATE', message: 'This person may already exist.' }],
      {
        candidates: candidates.map((contact) => ({
          id: contact.id,
          firstName: contact.firstName,
          lastName: contact.lastName,
          email: contact.email,
        })),
      },
    );
  }
}

@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
    private readonly writes: AuditedWrites,
    private readonly recordHolders: ContactRecordHolders,
  ) {}

  /** Which contacts a list shows and in which order; filters through positions match only positions the caller may see. */
  pageSource(caller: Caller, filter: ContactFilter = {}, sort?: ContactSort): RowSource {
    const search = filter.search?.trim();
    const direction = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const heldNow = (row: string, condition: Sql) =>
      sql`EXISTS (SELECT 1 FROM positions fp WHERE fp.contact_id = ${raw(row)}.id AND ${raw(CURRENT_FP)} AND ${visibleRow(caller, 'Position', 'fp')} AND ${condition})`;
    return {
      where: (row) =>
        and([
          filter.ids ? sql`${raw(row)}.id = ANY(${filter.ids}::uuid[])` : null,
          filter.consentStatuses?.length ? sql`${raw(row)}.consent_status = ANY(${filter.consentStatuses}::varchar[])` : null,
          filter.collectivityId
            ? heldNow(
                row,
                sql`fp.collectivity_id = ${filter.collectivityId}::uuid AND ${visibleReference(caller, 'Collectivity', sql`${filter.collectivityId}::uuid`)}`,
              )
            : null,
          filter.groupId
            ? heldNow(
                row,
                sql`fp.collectivity_id IN (SELECT m.collectivity_id FROM group_members m WHERE m.group_id = ${filter.groupId}::uuid AND m.left_on IS NULL)
                  AND ${visibleReference(caller, 'Group', sql`${filter.groupId}::uuid`)}`,
              )
            : null,
          filter.positionKind && !filter.memberCollectivities ? heldNow(row, sql`fp.kind = ${filter.positionKind}`) : null,
          filter.memberCollectivities
            ? heldNow(
                row,
                sql`fp.collectivity_id IN (SELECT mc.id FROM collectivities mc WHERE mc.membership_status = 'MEMBER')${filter.positionKind ? sql` AND fp.kind = ${filter.positionKind}` : raw('')}`,
              )
            : null,
          filter.partners ? heldNow(row, raw('fp.partner_id IS NOT NULL')) : null,
          filter.eventId
            ? sql`EXISTS (SELECT 1 FROM participations fe WHERE fe.contact_id = ${raw(row)}.id AND fe.event_id = ${filter.eventId}::uuid
                AND fe.status <> 'CANCELLED' AND ${visibleRow(caller, 'Participation', 'fe')})`
            : null,
          search
            ? sql`(${raw(row)}.search_text LIKE '%' || search_normalize(${search}) || '%' OR search_normalize(${search}) <% ${raw(row)}.search_text OR ${raw(row)}.email = lower(${search}))`
            : null,
        ]),
      orderBy: (row) => {
        const relevance =
          search && !sort ? sql`word_similarity(search_normalize(${search}), ${raw(row)}.search_text) DESC, ` : raw('');
        const order =
          !sort || sort.field === 'NAME'
            ? raw(`search_normalize(${row}.last_name) ${direction}, ${row}.search_text ${direction}`)
            : raw(`${row}.${sort.field === 'UPDATED_AT' ? 'updated_at' : 'created_at'} ${direction}`);
        return sql`${relevance}${order}, ${raw(row)}.id`;
      },
      materialize: !!search,
    };
  }

  /** People who may be the same: same email, or the same name (accents and case aside) in the same collectivity. */
  async findPossibleDuplicates(candidate: {
    email?: string | null;
    firstName: string;
    lastName: string;
    collectivityId?: string;
  }): Promise<Contact[]> {
    const query = this.contacts
      .createQueryBuilder('contact')
      .where('contact.erased_at IS NULL')
      .andWhere(
        `(contact.email = lower(:email)
          OR (contact.search_text = search_normalize(:name)
              AND (CAST(:collectivityId AS uuid) IS NULL
                   OR EXISTS (SELECT 1 FROM positions p WHERE p.contact_id = contact.id AND p.collectivity_id = :collectivityId))))`,
        {
          email: candidate.email ?? '',
          name: `${candidate.firstName} ${candidate.lastName}`,
          collectivityId: candidate.collectivityId ?? null,
        },
      )
      .orderBy('contact.last_name')
      .limit(10);
    return query.getMany();
  }

  async create(input: CreateContactInput, actor: Actor): Promise<Contact> {
    const { position, confirmNotDuplicate, ...fields } = input;
    const email = fields.email?.trim().toLowerCase() || null;
    const duplicates = await this.findPossibleDuplicates({
      ...fields,
      email,
      collectivityId: position?.collectivityId ?? undefined,
    });
    if (duplicates.some((contact) => email !== null && contact.email === email)) {
      throw new PossibleDuplicateError(duplicates.filter((contact) => contact.email === email));
    }
    if (duplicates.length > 0 && !confirmNotDuplicate) throw new PossibleDuplicateError(duplicates);
    if (position) await this.assertPosition(position);
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.dataSource.transaction(async (manager) => {
        const values: Partial<Contact> = {
          ...fields,
          email,
          consentStatus: fields.consentStatus ?? ConsentStatus.UNKNOWN,
          consentAt: fields.consentStatus && fields.consentStatus !== ConsentStatus.UNKNOWN ? new Date() : null,
        };
        const created = await this.writes.create(Contact, 'Contact', values, actor, manager);
        if (position) await this.insertPosition(manager, { ...position, contactId: created.id }, actor);
        return created;
      }),
    );
  }

  async update(id: string, input: UpdateContactInput, actor: Actor): Promise<Contact> {
    const given = { ...input } as Partial<Contact> & { version?: number };
    if (input.email !== undefined) given.email = input.email?.trim().toLowerCase() || null;
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(Contact, 'Contact', id, given, actor, (current, _next, { changes }) => {
        if (current.erasedAt) throw UserInputError.forField('id', 'ERASED', 'This contact was erased and cannot be edited.');
        // Consent is dated when it changes.
        return changes.consentStatus !== undefined ? { consentAt: new Date() } : undefined;
      }),
    );
  }
  /**
   * Records that the person no longer wants to be written to (an unsubscribe link), audited, in the
   * caller's transaction; false when consent was already withdrawn (a replayed link changes nothing).
   */
  async withdrawConsent(id: string, source: string, actor: Actor, manager: EntityManager): Promise<boolean> {
    const current = await manager.findOne(Contact, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current || current.erasedAt || current.consentStatus === ConsentStatus.WITHDRAWN) return false;
    const fields = { consentStatus: ConsentStatus.WITHDRAWN, consentSource: source.slice(0, 200), consentAt: new Date() };
    await this.writes.update(Contact, 'Contact', id, fields, actor, undefined, manager);
    return true;
  }

  /**
   * Merges `mergedId` into `keptId`: positions move over, and so does what the other modules hold
   * on the person (offices, participations: ContactRecordHolders, in this transaction); empty
   * fields are filled from the merged contact, its history moves to the kept one, then it goes.
   */
  async merge(keptId: string, mergedId: string, actor: Actor): Promise<Contact> {
    if (keptId === mergedId) throw UserInputError.forField('mergedId', 'SAME_CONTACT', 'A contact cannot be merged with itself.');
    return this.dataSource.transaction(async (manager) => {
      const [kept, merged] = await Promise.all(
        [keptId, mergedId].map((id) => manager.findOne(Contact, { where: { id }, lock: { mode: 'pessimistic_write' } })),
      );
      if (!kept) throw new NotFoundError('Contact', keptId);
      if (!merged) throw new NotFoundError('Contact', mergedId);
      const filled: Partial<Contact> = {};
      for (const field of ['civility', 'email', 'phone', 'consentSource', 'consentAt'] as const) {
        if (kept[field] == null && merged[field] != null) (filled as Record<string, unknown>)[field] = merged[field];
      }
      if (kept.consentStatus === ConsentStatus.UNKNOWN && merged.consentStatus !== ConsentStatus.UNKNOWN)
        filled.consentStatus = merged.consentStatus;
      if (merged.notes) filled.notes = kept.notes ? `${kept.notes}\n\n${merged.notes}` : merged.notes;
      await manager.update(Position, { contactId: mergedId }, { contactId: keptId });
      await this.recordHolders.merge(manager, keptId, mergedId, actor);
      await this.audit.moveHistory(manager, 'Contact', mergedId, keptId);
      await manager.delete(Contact, { id: mergedId });
      if (Object.keys(filled).length > 0) await manager.update(Contact, { id: keptId }, filled);
      const result = await manager.findOneByOrFail(Contact, { id: keptId });
      await this.audit.record(manager, actor, 'Contact', keptId, { mergedContact: null }, { mergedContact: merged }, 'MERGE');
      return result;
    });
  }

  /** Everything held on a person, for a data subject's access request. */
  async exportPersonalData(id: string, actor: Actor): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await manager.findOneBy(Contact, { id });
      if (!contact) throw new NotFoundError('Contact', id);
      const positions = await manager.query(
        `SELECT p.title, p.kind, p.started_on::text AS "startedOn", p.ended_on::text AS "endedOn", c.name AS organisation
         FROM positions p LEFT JOIN collectivities c ON c.id = p.collectivity_id WHERE p.contact_id = $1 ORDER BY p.started_on`,
        [id],
      );
      const held = await this.recordHolders.export(manager, id);
      const history = await manager.query(
        `SELECT at, action, actor_label AS "actor", changes FROM audit_entries WHERE entity_type = 'Contact' AND entity_id = $1 ORDER BY at`,
        [id],
      );
      const { searchText: _internal, ...person } = contact;
      await this.audit.record(manager, actor, 'Contact', id, { export: null }, { export: 'personal data exported' }, 'EXPORT');
      return JSON.stringify({ exportedAt: new Date().toISOString(), person, positions, ...held, history }, null, 2);
    });
  }

  /** Erasure on request: the person becomes anonymous; positions, offices and participations stay, so past counts stay right. */
  async erase(id: string, actor: Actor): Promise<Contact> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await manager.findOne(Contact, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!contact) throw new NotFoundError('Contact', id);
      if (contact.erasedAt) return contact;
      await this.audit.redactHistory(manager, 'Contact', id);
      await this.recordHolders.erase(manager, id);
      await manager.update(
        Contact,
        { id },
        {
          civility: null,
          firstName: 'Personne',
          lastName: 'anonymisée',
          email: null,
          phone: null,
          notes: null,
          consentStatus: ConsentStatus.WITHDRAWN,
          consentSource: 'erasure',
          consentAt: new Date(),
          erasedAt: new Date(),
        },
      );
      await this.audit.record(manager, actor, 'Contact', id, { erased: null }, { erased: 'personal data erased' }, 'ERASE');
      return manager.findOneByOrFail(Contact, { id });
    });
  }

  findByIds(ids: readonly string[]): Promise<Contact[]> {
    return this.contacts.findBy({ id: In([...ids]) });
  }

  /** Whether the contact holds, today, a position in one of these collectivities. */
  async holdsCurrentPositionIn(contactId: string, collectivityIds: string[]): Promise<boolean> {
    if (collectivityIds.length === 0) return false;
    const rows = await this.dataSource.query(
      `SELECT 1 FROM positions p WHERE p.contact_id = $1 AND p.collectivity_id = ANY($2) AND ${CURRENT} LIMIT 1`,
      [contactId, collectivityIds],
    );
    return rows.length > 0;
  }

  async exists(contactId: string): Promise<boolean> {
    return this.contacts.existsBy({ id: contactId });
  }

  async createPosition(input: CreatePositionInput, actor: Actor): Promise<Position> {
    if (!(await this.exists(input.contactId))) throw new NotFoundError('Contact', input.contactId);
    await this.assertPosition(input);
    return this.dataSource.transaction((manager) => this.insertPosition(manager, input, actor));
  }

  async updatePosition(id: string, input: UpdatePositionInput, actor: Actor): Promise<Position> {
    return this.writes.update(
      Position,
      'Position',
      id,
      input as Partial<Position> & { version?: number },
      actor,
      (_current, next) => assertTerm(next.startedOn, next.endedOn ?? null),
    );
  }

  async deletePosition(id: string, actor: Actor): Promise<Position> {
    return this.writes.remove(Position, 'Position', id, actor);
  }

  private async assertPosition(position: PositionFields): Promise<void> {
    if (!position.collectivityId === !position.partnerId) {
      throw UserInputError.forField(
        'collectivityId',
        'ONE_ORGANISATION',
        'A position is held in one organisation: a collectivity or a partner.',
      );
    }
    if (position.collectivityId) {
      await this.collectivities.findById(position.collectivityId).catch(() => {
        throw UserInputError.forField('collectivityId', 'NOT_FOUND', 'This collectivity does not exist.');
      });
    } else {
      await this.partners.findById(position.partnerId!).catch(() => {
        throw UserInputError.forField('partnerId', 'NOT_FOUND', 'This partner does not exist.');
      });
    }
    assertTerm(position.startedOn, position.endedOn ?? null);
  }

  private async insertPosition(manager: EntityManager, input: CreatePositionInput, actor: Actor): Promise<Position> {
    const values = {
      ...input,
      collectivityId: input.collectivityId ?? null,
      partnerId: input.partnerId ?? null,
      endedOn: input.endedOn ?? null,
    };
    return this.writes.create(Position, 'Position', values, actor, manager);
  }
}

function assertTerm(startedOn: string, endedOn: string | null): void {
  if (endedOn && endedOn < startedOn) {
    throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A term cannot end before it starts.');
  }
}
