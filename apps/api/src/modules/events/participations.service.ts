import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConsentStatus, ParticipationStatus } from '@territoria/domain';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { AppError, ErrorCode, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { translateDatabaseError } from '../../common/errors/database-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../../common/access/actor.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import {
  BULK_MAX_IDS,
  type CreateParticipationInput,
  type WalkInInput,
  type UpdateParticipationInput,
} from './dto/participation.inputs.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';

export class ParticipationAlreadyExistsError extends AppError {
  constructor(existingId: string) {
    const message = 'This person is already registered for this edition.';
    super(ErrorCode.DUPLICATE, message, [{ field: 'contactId', code: 'unique', message }], { existingId });
  }
}

/** Who takes part in an edition, and their arrival at the door. */
@Injectable()
export class ParticipationsService {
  constructor(
    @InjectRepository(Participation) private readonly participations: Repository<Participation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
  ) {}

  async findById(id: string): Promise<Participation> {
    const participation = await this.participations.findOneBy({ id });
    if (!participation) throw new NotFoundError('Participation', id);
    return participation;
  }

  async create(input: CreateParticipationInput, actor: Actor): Promise<Participation> {
    const { contactId = null, collectivityId = null, partnerId = null, organisationName = null } = input;
    if (!contactId && !collectivityId && !partnerId && !organisationName) {
      throw UserInputError.forField('contactId', 'REQUIRED', 'Say who takes part: a person, an organisation, or both.');
    }
    checkOneOrganisation(collectivityId, partnerId);
    const [event, contact, collectivity, partner] = await Promise.all([
      this.dataSource.getRepository(Event).findOneBy({ id: input.eventId }),
      contactId ? this.dataSource.getRepository(Contact).findOneBy({ id: contactId }) : null,
      collectivityId ? this.dataSource.getRepository(Collectivity).findOneBy({ id: collectivityId }) : null,
      partnerId ? this.dataSource.getRepository(Partner).findOneBy({ id: partnerId }) : null,
    ]);
    if (!event) throw UserInputError.forField('eventId', 'NOT_FOUND', 'Choose an existing edition.');
    if (contactId && !contact) throw UserInputError.forField('contactId', 'NOT_FOUND', 'Choose an existing contact.');
    if (collectivityId && !collectivity)
      throw UserInputError.forField('collectivityId', 'NOT_FOUND', 'Choose an existing collectivity.');
    if (partnerId && !partner) throw UserInputError.forField('partnerId', 'NOT_FOUND', 'Choose an existing partner.');
    if (contactId) await this.refuseSecondParticipation(input.eventId, contactId);
    const status = input.status;
    const values: Partial<Participation> = {
      ...input,
      contactId,
      collectivityId,
      partnerId,
      organisationName,
      // The country represented is the organisation's unless said otherwise.
      countryCode: input.countryCode?.toUpperCase() ?? collectivity?.countryCode ?? partner?.countryCode ?? null,
      registeredAt: input.registeredAt ?? new Date(),
      checkedInAt: status === ParticipationStatus.ATTENDED ? new Date() : null,
    };
    try {
      return await this.writes.create(Participation, 'Participation', values, actor);
    } catch (error) {
      if (contactId && isUniqueViolation(error)) await this.refuseSecondParticipation(input.eventId, contactId);
      throw translateDatabaseError(error, {});
    }
  }

  async update(id: string, input: UpdateParticipationInput, actor: Actor): Promise<Participation> {
    const changes = { ...input, countryCode: input.countryCode?.toUpperCase() ?? input.countryCode };
    try {
      return await this.writes.update(
        Participation,
        'Participation',
        id,
        changes as Partial<Participation> & { version?: number },
        actor,
        (before, after) => {
          checkOneOrganisation(after.collectivityId, after.partnerId);
          if (!after.contactId && !after.collectivityId && !after.partnerId && !after.organisationName) {
            throw UserInputError.forField(
              'organisationName',
              'REQUIRED',
              'A participation without a person needs an organisation.',
            );
          }
          // Arrival time follows the status: set when marked attended, cleared otherwise.
          if (after.status !== ParticipationStatus.ATTENDED) return { checkedInAt: null };
          if (before.status !== ParticipationStatus.ATTENDED) return { checkedInAt: new Date() };
          return undefined;
        },
      );
    } catch (error) {
      throw translateDatabaseError(error, {});
    }
  }

  remove(id: string, actor: Actor): Promise<Participation> {
    return this.writes.remove(Participation, 'Participation', id, actor);
  }

  /**
   * Marks the arrival. Two desks checking the same person in at once: one conditional UPDATE
   * wins, the other finds the person already checked in and changes nothing.
   */
  async checkIn(id: string, actor: Actor): Promise<{ participation: Participation; alreadyCheckedIn: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Participation, { id });
      if (!before) throw new NotFoundError('Participation', id);
      // TypeORM bumps the version and updated_at of the row it updates.
      const updated = await manager
        .createQueryBuilder()
        .update(Participation)
        .set({ status: ParticipationStatus.ATTENDED, checkedInAt: () => 'now()' })
        .where('id = :id AND status IN (:...waiting)', {
          id,
          waiting: [ParticipationStatus.REGISTERED, ParticipationStatus.NO_SHOW],
        })
        .execute();
      const participation = await manager.findOneByOrFail(Participation, { id });
      if (!updated.affected) {
        if (participation.status === ParticipationStatus.ATTENDED) return { participation, alreadyCheckedIn: true };
        const message = 'This registration was cancelled: the arrival cannot be recorded. Register the person again first.';
        throw new AppError(ErrorCode.BAD_USER_INPUT, message, [{ field: 'id', code: 'CANCELLED', message }], {
          reason: 'CANCELLED',
        });
      }
      await this.audit.record(manager, actor, 'Participation', id, before, participation);
      return { participation, alreadyCheckedIn: false };
    });
  }

  /**
   * After the day: whoever registered and never arrived is marked absent (NO_SHOW), so the
   * figures tell registered, attended and absent apart. A late arrival can still be checked in.
   */
  async markAbsentees(eventId: string, actor: Actor): Promise<{ eventId: string; markedAbsent: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [event] = await manager.query(`SELECT starts_on <= CURRENT_DATE AS started FROM events WHERE id = $1 FOR SHARE`, [
        eventId,
      ]);
      if (!event) throw new NotFoundError('Event', eventId);
      if (!event.started) {
        throw UserInputError.forField('eventId', 'NOT_STARTED', 'The edition has not started yet: nobody can be marked absent.');
      }
      const [rows]: [Array<{ id: string }>] = await manager.query(
        `UPDATE participations SET status = 'NO_SHOW', version = version + 1, updated_at = now()
         WHERE event_id = $1 AND status = 'REGISTERED' RETURNING id`,
        [eventId],
      );
      const ids = rows.map((row) => row.id);
      await this.audit.recordSameUpdate(
        manager,
        actor,
        'Participation',
        ids,
        { status: ParticipationStatus.REGISTERED },
        { status: ParticipationStatus.NO_SHOW },
      );
      return { eventId, markedAbsent: ids.length };
    });
  }

  async undoCheckIn(id: string, actor: Actor): Promise<Participation> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(Participation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError('Participation', id);
      if (before.status !== ParticipationStatus.ATTENDED) return before;
      await manager.update(Participation, { id }, { status: ParticipationStatus.REGISTERED, checkedInAt: null });
      const after = await manager.findOneByOrFail(Participation, { id });
      await this.audit.record(manager, actor, 'Participation', id, before, after);
      return after;
    });
  }

  /**
   * One status for many registrations, all or none: NOT_FOUND naming the missing ones changes
   * nothing. Present sets the arrival time (kept when already there), any other status clears it;
   * each change traced as the single update traces it.
   */
  async setStatuses(
    ids: string[],
    status: ParticipationStatus,
    actor: Actor,
  ): Promise<{ changed: number; participations: Participation[] }> {
    const wanted = checkBulkIds(ids);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockAll(manager, wanted);
      const changing = current.filter((participation) => participation.status !== status);
      if (changing.length > 0) {
        await manager.query(
          `UPDATE participations SET status = $2,
             checked_in_at = CASE WHEN $2 = 'ATTENDED' THEN coalesce(checked_in_at, now()) END,
             version = version + 1, updated_at = now()
           WHERE id = ANY($1::uuid[]) AND status <> $2`,
          [changing.map((participation) => participation.id), status],
        );
      }
      const after = await manager.find(Participation, { where: { id: In(wanted) } });
      const afterById = new Map(after.map((participation) => [participation.id, participation]));
      // One trace statement per kind of change (REGISTERED → ATTENDED…).
      const kinds = new Map<string, Participation[]>();
      for (const participation of changing) {
        const key = `${participation.status}|${participation.checkedInAt?.toISOString() ?? ''}`;
        kinds.set(key, [...(kinds.get(key) ?? []), participation]);
      }
      for (const group of kinds.values()) {
        const first = group[0]!;
        const firstAfter = afterById.get(first.id)!;
        const sameArrival = group.every(
          (participation) => afterById.get(participation.id)!.checkedInAt?.getTime() === firstAfter.checkedInAt?.getTime(),
        );
        if (sameArrival) {
          await this.audit.recordSameUpdate(
            manager,
            actor,
            'Participation',
            group.map((participation) => participation.id),
            { status: first.status, checkedInAt: first.checkedInAt },
            { status, checkedInAt: firstAfter.checkedInAt },
          );
        } else {
          for (const participation of group)
            await this.audit.record(
              manager,
              actor,
              'Participation',
              participation.id,
              participation,
              afterById.get(participation.id)!,
            );
        }
      }
      return { changed: changing.length, participations: wanted.map((id) => afterById.get(id)!) };
    });
  }

  /** Deletes many registrations, all or none, each deletion traced. */
  async removeMany(ids: string[], actor: Actor): Promise<{ deleted: number; ids: string[] }> {
    const wanted = checkBulkIds(ids);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockAll(manager, wanted);
      await manager.delete(Participation, { id: In(wanted) });
      await this.audit.recordDeletions(manager, actor, 'Participation', current);
      return { deleted: current.length, ids: wanted };
    });
  }

  /**
   * Someone who did not register, at the door: a known person or a new one (a contact created
   * with the names and email given; an email already known is that contact), registered and
   * checked in now, in one transaction. DUPLICATE (extensions.existingId) when the person is
   * registered already: check that registration in instead.
   */
  async registerWalkIn(input: WalkInInput, actor: Actor): Promise<Participation> {
    const {
      eventId,
      contactId: givenContactId = null,
      civility = null,
      firstName = null,
      lastName = null,
      email = null,
      role,
      ...organisation
    } = input;
    const { collectivityId = null, partnerId = null, organisationName = null } = organisation;
    if (!givenContactId && (firstName || lastName) && !(firstName && lastName)) {
      throw UserInputError.forField(
        firstName ? 'lastName' : 'firstName',
        'REQUIRED',
        'A new person needs a first and a last name.',
      );
    }
    if (!givenContactId && !lastName && !collectivityId && !partnerId && !organisationName) {
      throw UserInputError.forField('lastName', 'REQUIRED', 'Say who arrives: a person, an organisation, or both.');
    }
    checkOneOrganisation(collectivityId, partnerId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [event] = await manager.query(`SELECT id FROM events WHERE id = $1 FOR SHARE`, [eventId]);
        if (!event) throw UserInputError.forField('eventId', 'NOT_FOUND', 'Choose an existing edition.');
        const [collectivity, partner] = await Promise.all([
          collectivityId ? manager.findOneBy(Collectivity, { id: collectivityId }) : null,
          partnerId ? manager.findOneBy(Partner, { id: partnerId }) : null,
        ]);
        if (collectivityId && !collectivity)
          throw UserInputError.forField('collectivityId', 'NOT_FOUND', 'Choose an existing collectivity.');
        if (partnerId && !partner) throw UserInputError.forField('partnerId', 'NOT_FOUND', 'Choose an existing partner.');
        let contactId = givenContactId;
        if (contactId && !(await manager.findOneBy(Contact, { id: contactId }))) {
          throw UserInputError.forField('contactId', 'NOT_FOUND', 'Choose an existing contact.');
        }
        const normalisedEmail = email?.trim().toLowerCase() || null;
        if (!contactId && normalisedEmail) contactId = (await manager.findOneBy(Contact, { email: normalisedEmail }))?.id ?? null;
        if (!contactId && firstName && lastName) {
          const contact = await this.writes.create(
            Contact,
            'Contact',
            {
              civility,
              firstName: firstName.trim(),
              lastName: lastName.trim(),
              email: normalisedEmail,
              consentStatus: ConsentStatus.UNKNOWN,
            },
            actor,
            manager,
          );
          contactId = contact.id;
        }
        if (contactId) await this.refuseSecondParticipation(eventId, contactId, manager);
        const now = new Date();
        return this.writes.create(
          Participation,
          'Participation',
          {
            eventId,
            contactId,
            collectivityId,
            partnerId,
            organisationName: organisationName?.trim() || null,
            role,
            status: ParticipationStatus.ATTENDED,
            countryCode: organisation.countryCode?.toUpperCase() ?? collectivity?.countryCode ?? partner?.countryCode ?? null,
            notes: organisation.notes ?? null,
            registeredAt: now,
            checkedInAt: now,
          },
          actor,
          manager,
        );
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw translateDatabaseError(error, {});
    }
  }

  /** The registrations named, locked; NOT_FOUND naming those that do not exist (nothing changed). */
  private async lockAll(manager: EntityManager, ids: string[]): Promise<Participation[]> {
    const found = await manager.find(Participation, {
      where: { id: In(ids) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (found.length < ids.length) {
      const missing = ids.filter((id) => !found.some((participation) => participation.id === id));
      throw new AppError(
        ErrorCode.NOT_FOUND,
        `${missing.length} of the ${ids.length} registrations chosen no longer exist${missing.length > 1 ? '' : 's'}: nothing was changed.`,
        [],
        { entity: 'Participation', ids: missing },
      );
    }
    return found;
  }

  private async refuseSecondParticipation(
    eventId: string,
    contactId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const existing = await manager.findOne(Participation, { where: { eventId, contactId }, select: { id: true } });
    if (existing) throw new ParticipationAlreadyExistsError(existing.id);
  }
}

function checkOneOrganisation(collectivityId: string | null | undefined, partnerId: string | null | undefined): void {
  if (collectivityId && partnerId) {
    throw UserInputError.forField(
      'partnerId',
      'ONE_ORGANISATION',
      'A participation is on behalf of one organisation: a collectivity or a partner, not both.',
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } })?.driverError?.code === '23505';
}

/** The ids of a bulk action, each once; more than BULK_MAX_IDS or none is refused. */
function checkBulkIds(ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw UserInputError.forField('ids', 'REQUIRED', 'Choose at least one registration.');
  if (unique.length > BULK_MAX_IDS)
    throw UserInputError.forField('ids', 'TOO_MANY', `At most ${BULK_MAX_IDS} registrations at once.`, { maximum: BULK_MAX_IDS });
  return unique;
}
