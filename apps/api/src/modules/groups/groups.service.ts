import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { GroupKind, PRESIDING_ROLES, termsOverlap } from '@territoria/domain';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { AppError, ErrorCode, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql } from '../../common/read/sql.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { CollectivitiesService } from '../collectivities/collectivities.service.js';
import { ContactsService } from '../contacts/contacts.service.js';
import type {
  AssignOfficerInput,
  CreateCountryGroupInput,
  CreateThematicGroupInput,
  GroupFilter,
  UpdateGroupInput,
} from './dto/group.types.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import { Group } from './group.entity.js';

const UNIQUE_CONSTRAINTS = {
  groups_name_key: { field: 'name', message: 'Another group already has this name.' },
  group_members_current_key: { field: 'collectivityIds', message: 'This collectivity is already a member of the group.' },
};

@Injectable()
export class GroupsService {
  constructor(
    @InjectRepository(Group) private readonly groups: Repository<Group>,
    @InjectRepository(GroupMember) private readonly members: Repository<GroupMember>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly contacts: ContactsService,
    private readonly audit: AuditService,
    private readonly writes: AuditedWrites,
  ) {}

  /** For writes and checks; reads go through the read road. */
  async findById(id: string): Promise<Group> {
    const group = await this.groups.findOneBy({ id });
    if (!group) throw new NotFoundError('Group', id);
    return group;
  }

  /** Which groups a list shows, in order: country groups then thematic ones, by name. */
  pageSource(filter: GroupFilter = {}): RowSource {
    const search = filter.search?.trim();
    return {
      where: (row) =>
        and([
          filter.ids ? sql`${raw(row)}.id = ANY(${filter.ids}::uuid[])` : null,
          filter.kind ? sql`${raw(row)}.kind = ${filter.kind}` : null,
          filter.countryCode ? sql`${raw(row)}.countries @> ARRAY[${filter.countryCode.toUpperCase()}]::varchar[]` : null,
          search
            ? sql`search_normalize(${raw(row)}.name || ' ' || coalesce(${raw(row)}.theme, '')) LIKE '%' || search_normalize(${search}) || '%'`
            : null,
        ]),
      orderBy: (row) => raw(`${row}.kind, search_normalize(${row}.name), ${row}.id`),
    };
  }

  async create(input: CreateCountryGroupInput | CreateThematicGroupInput, actor: Actor): Promise<Group> {
    const fields =
      'countries' in input
        ? { kind: GroupKind.COUNTRY, countries: input.countries.map((code) => code.toUpperCase()), theme: null }
        : { kind: GroupKind.THEMATIC, countries: [], theme: input.theme };
    const values = {
      ...fields,
      name: input.name,
      description: input.description ?? null,
      allowsCoPresidency: input.allowsCoPresidency ?? false,
    };
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(Group, 'Group', values, actor));
  }

  async update(id: string, input: UpdateGroupInput, actor: Actor): Promise<Group> {
    const given = { ...input, countries: input.countries?.map((code) => code.toUpperCase()) } as Partial<Group> & {
      version?: number;
    };
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(Group, 'Group', id, given, actor, (current) => {
        if (input.countries !== undefined && current.kind !== GroupKind.COUNTRY) {
          throw UserInputError.forField('countries', 'COUNTRY_GROUP_ONLY', 'Only a country group has countries.');
        }
        if (input.theme !== undefined && current.kind !== GroupKind.THEMATIC) {
          throw UserInputError.forField('theme', 'THEMATIC_GROUP_ONLY', 'Only a thematic group has a theme.');
        }
      }),
    );
  }

  async remove(id: string, actor: Actor): Promise<Group> {
    return this.writes.remove(Group, 'Group', id, actor);
  }

  /** Adds several collectivities at once, all or none. */
  async addMembers(groupId: string, collectivityIds: string[], joinedOn: string, actor: Actor): Promise<GroupMember[]> {
    const unique = [...new Set(collectivityIds)];
    if (unique.length !== collectivityIds.length) {
      throw UserInputError.forField('collectivityIds', 'REPEATED', 'The same collectivity is listed twice.');
    }
    await this.findById(groupId);
    const found = await this.collectivities.findByIds(unique);
    if (found.length !== unique.length) {
      throw UserInputError.forField('collectivityIds', 'NOT_FOUND', 'One of these collectivities does not exist.');
    }
    const already = await this.members.find({ where: { groupId, collectivityId: In(unique), leftOn: IsNull() } });
    if (already.length > 0) {
      const names = found.filter((row) => already.some((member) => member.collectivityId === row.id)).map((row) => row.name);
      throw new AppError(
        ErrorCode.DUPLICATE,
        `Already a member of the group: ${names.join(', ')}.`,
        [{ field: 'collectivityIds', code: 'ALREADY_MEMBER', message: `Already a member: ${names.join(', ')}.` }],
        { names },
      );
    }
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.dataSource.transaction(async (manager) => {
        const rows = await manager.save(
          unique.map((collectivityId) => manager.create(GroupMember, { groupId, collectivityId, joinedOn, leftOn: null })),
        );
        await this.audit.recordCreations(manager, actor, 'GroupMember', rows);
        return rows;
      }),
    );
  }

  /** A collectivity leaves the group: the membership ends, its record stays. */
  async removeMember(groupId: string, collectivityId: string, leftOn: string, actor: Actor): Promise<GroupMember> {
    const notAMember = () =>
      UserInputError.forField('collectivityId', 'NOT_A_MEMBER', 'This collectivity is not a current member of the group.');
    const member = await this.members.findOneBy({ groupId, collectivityId, leftOn: IsNull() });
    if (!member) throw notAMember();
    return this.writes.update(GroupMember, 'GroupMember', member.id, { leftOn }, actor, (current) => {
      // another request ended it in the meantime
      if (current.leftOn !== null) throw notAMember();
      if (leftOn < current.joinedOn)
        throw UserInputError.forField('leftOn', 'TERM_ORDER', 'A membership cannot end before it started.');
    });
  }

  async assignOfficer(input: AssignOfficerInput, actor: Actor): Promise<GroupOffice> {
    const endedOn = input.endedOn ?? null;
    if (endedOn && endedOn < input.startedOn)
      throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A term cannot end before it starts.');
    if (!(await this.contacts.exists(input.contactId)))
      throw UserInputError.forField('contactId', 'NOT_FOUND', 'This contact does not exist.');
    return this.dataSource.transaction(async (manager) => {
      // Locks the group: two assignments at once cannot both pass the overlap check.
      const group = await manager.findOne(Group, { where: { id: input.groupId }, lock: { mode: 'pessimistic_write' } });
      if (!group) throw new NotFoundError('Group', input.groupId);
      const memberIds = (await manager.find(GroupMember, { where: { groupId: group.id, leftOn: IsNull() } })).map(
        (member) => member.collectivityId,
      );
      if (!(await this.contacts.holdsCurrentPositionIn(input.contactId, memberIds))) {
        throw UserInputError.forField(
          'contactId',
          'NOT_IN_A_MEMBER',
          'An officer must hold a current position in a member collectivity of the group.',
        );
      }
      if (PRESIDING_ROLES.includes(input.role) && !group.allowsCoPresidency) {
        const presidencies = await manager.find(GroupOffice, { where: { groupId: group.id, role: In([...PRESIDING_ROLES]) } });
        const overlapping = presidencies.find((office) =>
          termsOverlap({ start: office.startedOn, end: office.endedOn }, { start: input.startedOn, end: endedOn }),
        );
        if (overlapping) {
          throw UserInputError.forField(
            'startedOn',
            'PRESIDENCY_OVERLAP',
            `This group has one president at a time, and another presidency covers these dates (from ${overlapping.startedOn}). End it first, or allow co-presidency.`,
          );
        }
      }
      return this.writes.create(GroupOffice, 'GroupOffice', { ...input, endedOn }, actor, manager);
    });
  }

  async endOffice(id: string, endedOn: string, actor: Actor): Promise<GroupOffice> {
    return this.writes.update(GroupOffice, 'GroupOffice', id, { endedOn }, actor, (office) => {
      if (endedOn < office.startedOn)
        throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A term cannot end before it starts.');
    });
  }
}
