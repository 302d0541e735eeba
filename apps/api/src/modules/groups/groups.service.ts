import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { GroupKind, PRESIDING_ROLES, termsOverlap } from '@territoria/domain';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { AppError, ErrorCode, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import { DEFAULT_PAGE, type PageInput } from '../../common/pagination/page.input.js';
import { toPage, type Page } from '../../common/pagination/page.type.js';
import type { GroupPresidencySource, Scope } from '../auth/access-scope.js';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { CollectivitiesService } from '../collectivities/collectivities.service.js';
import { ContactsService } from '../contacts/contacts.service.js';
import type { AssignOfficerInput, CreateCountryGroupInput, CreateThematicGroupInput, GroupFilter, GroupMemberFilter, UpdateGroupInput } from './dto/group.types.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import { GroupEntity } from './group.entity.js';

const ALL: Scope = { all: true };
const UNIQUE_CONSTRAINTS = {
  groups_name_key: { field: 'name', message: 'Another group already has this name.' },
  group_members_current_key: { field: 'collectivityIds', message: 'This collectivity is already a member of the group.' },
};
const CURRENT_OFFICE = `o.started_on <= CURRENT_DATE AND (o.ended_on IS NULL OR o.ended_on >= CURRENT_DATE)`;

@Injectable()
export class GroupsService implements GroupPresidencySource {
  constructor(
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(GroupMember) private readonly members: Repository<GroupMember>,
    @InjectRepository(GroupOffice) private readonly offices: Repository<GroupOffice>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly contacts: ContactsService,
    private readonly audit: AuditService,
    private readonly writes: AuditedWrites,
  ) {}

  async findById(id: string, scope: Scope = ALL): Promise<GroupEntity> {
    const group = await this.groups.findOneBy({ id });
    if (!group || (!scope.all && !scope.ids.includes(id))) throw new NotFoundError('Group', id);
    return group;
  }

  findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    return this.groups.findBy({ id: In([...ids]) });
  }

  async findPage(filter: GroupFilter = {}, page: PageInput = DEFAULT_PAGE, scope: Scope = ALL, countTotal = true): Promise<Page<GroupEntity>> {
    const query = this.groups.createQueryBuilder('group');
    if (!scope.all) query.andWhere('group.id IN (:...scopeIds)', { scopeIds: scope.ids.length ? scope.ids : [null] });
    if (filter.ids) query.andWhere('group.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.kind) query.andWhere('group.kind = :kind', { kind: filter.kind });
    if (filter.countryCode) query.andWhere('group.countries @> ARRAY[:country]::varchar[]', { country: filter.countryCode.toUpperCase() });
    if (filter.search?.trim()) {
      query.andWhere(`search_normalize(group.name || ' ' || coalesce(group.theme, '')) LIKE '%' || search_normalize(:search) || '%'`, {
        search: filter.search,
      });
    }
    query.orderBy('group.kind').addOrderBy('search_normalize(group.name)').addOrderBy('group.id');
    const [nodes, totalCount] = await Promise.all([
      query.clone().offset(page.offset).limit(page.limit).getMany(),
      countTotal ? query.clone().orderBy().getCount() : null,
    ]);
    return toPage(nodes, totalCount, page.offset);
  }

  async create(input: CreateCountryGroupInput | CreateThematicGroupInput, actor: Actor): Promise<GroupEntity> {
    const fields =
      'countries' in input
        ? { kind: GroupKind.COUNTRY, countries: input.countries.map((code) => code.toUpperCase()), theme: null }
        : { kind: GroupKind.THEMATIC, countries: [], theme: input.theme };
    const values = { ...fields, name: input.name, description: input.description ?? null, allowsCoPresidency: input.allowsCoPresidency ?? false };
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(GroupEntity, 'Group', values, actor));
  }

  async update(id: string, input: UpdateGroupInput, actor: Actor): Promise<GroupEntity> {
    const given = { ...input, countries: input.countries?.map((code) => code.toUpperCase()) } as Partial<GroupEntity> & { version?: number };
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(GroupEntity, 'Group', id, given, actor, (current) => {
        if (input.countries !== undefined && current.kind !== GroupKind.COUNTRY) {
          throw UserInputError.forField('countries', 'COUNTRY_GROUP_ONLY', 'Only a country group has countries.');
        }
        if (input.theme !== undefined && current.kind !== GroupKind.THEMATIC) {
          throw UserInputError.forField('theme', 'THEMATIC_GROUP_ONLY', 'Only a thematic group has a theme.');
        }
      }),
    );
  }

  async remove(id: string, actor: Actor): Promise<GroupEntity> {
    return this.writes.remove(GroupEntity, 'Group', id, actor);
  }

  async membersPage(groupId: string, filter: GroupMemberFilter, page: PageInput, countTotal = true): Promise<Page<GroupMember>> {
    const query = this.members
      .createQueryBuilder('member')
      .innerJoin('member.collectivity', 'collectivity')
      .where('member.group_id = :groupId', { groupId });
    if (filter.currentOnly) query.andWhere('member.left_on IS NULL');
    if (filter.search?.trim()) {
      query.andWhere(`collectivity.search_text LIKE '%' || search_normalize(:search) || '%'`, { search: filter.search });
    }
    query.orderBy('collectivity.search_text').addOrderBy('member.id');
    const [nodes, totalCount] = await Promise.all([
      query.clone().offset(page.offset).limit(page.limit).getMany(),
      countTotal ? query.clone().orderBy().getCount() : null,
    ]);
    return toPage(nodes, totalCount, page.offset);
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
      throw new AppError(ErrorCode.DUPLICATE, `Already a member of the group: ${names.join(', ')}.`, [
        { field: 'collectivityIds', code: 'ALREADY_MEMBER', message: `Already a member: ${names.join(', ')}.` },
      ]);
    }
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.dataSource.transaction(async (manager) => {
        const rows = await manager.save(unique.map((collectivityId) => manager.create(GroupMember, { groupId, collectivityId, joinedOn, leftOn: null })));
        await this.audit.recordCreations(manager, actor, 'GroupMember', rows);
        return rows;
      }),
    );
  }

  /** A collectivity leaves the group: the membership ends, its record stays. */
  async removeMember(groupId: string, collectivityId: string, leftOn: string, actor: Actor): Promise<GroupMember> {
    const notAMember = () => UserInputError.forField('collectivityId', 'NOT_A_MEMBER', 'This collectivity is not a current member of the group.');
    const member = await this.members.findOneBy({ groupId, collectivityId, leftOn: IsNull() });
    if (!member) throw notAMember();
    return this.writes.update(GroupMember, 'GroupMember', member.id, { leftOn }, actor, (current) => {
      // another request ended it in the meantime
      if (current.leftOn !== null) throw notAMember();
      if (leftOn < current.joinedOn) throw UserInputError.forField('leftOn', 'TERM_ORDER', 'A membership cannot end before it started.');
    });
  }

  async assignOfficer(input: AssignOfficerInput, actor: Actor): Promise<GroupOffice> {
    const endedOn = input.endedOn ?? null;
    if (endedOn && endedOn < input.startedOn) throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A term cannot end before it starts.');
    if (!(await this.contacts.exists(input.contactId))) throw UserInputError.forField('contactId', 'NOT_FOUND', 'This contact does not exist.');
    return this.dataSource.transaction(async (manager) => {
      // Locks the group: two assignments at once cannot both pass the overlap check.
      const group = await manager.findOne(GroupEntity, { where: { id: input.groupId }, lock: { mode: 'pessimistic_write' } });
      if (!group) throw new NotFoundError('Group', input.groupId);
      const memberIds = (await manager.find(GroupMember, { where: { groupId: group.id, leftOn: IsNull() } })).map((member) => member.collectivityId);
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
      if (endedOn < office.startedOn) throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A term cannot end before it starts.');
    });
  }

  officesOfGroups(groupIds: readonly string[]): Promise<GroupOffice[]> {
    return this.offices.find({ where: { groupId: In([...groupIds]) }, order: { startedOn: 'DESC' } });
  }

  officesOfContacts(contactIds: readonly string[]): Promise<GroupOffice[]> {
    return this.offices.find({ where: { contactId: In([...contactIds]) }, order: { startedOn: 'DESC' } });
  }

  async memberCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { group_id: string; count: number }[] = await this.dataSource.query(
      `SELECT group_id, count(*)::int AS count FROM group_members WHERE group_id = ANY($1) AND left_on IS NULL GROUP BY group_id`,
      [groupIds],
    );
    return new Map(rows.map((row) => [row.group_id, row.count]));
  }

  /** Current groups of each collectivity. */
  async groupsOfCollectivities(collectivityIds: readonly string[]): Promise<{ collectivityId: string; group: GroupEntity }[]> {
    const members = await this.members.find({ where: { collectivityId: In([...collectivityIds]), leftOn: IsNull() }, relations: { group: true } });
    return members.map((member) => ({ collectivityId: member.collectivityId, group: member.group }));
  }

  /** Current groups of the collectivities where each contact holds a current position. */
  async groupsOfContacts(contactIds: readonly string[]): Promise<{ contactId: string; groupId: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT p.contact_id AS "contactId", m.group_id AS "groupId"
       FROM positions p JOIN group_members m ON m.collectivity_id = p.collectivity_id AND m.left_on IS NULL
       WHERE p.contact_id = ANY($1) AND (p.ended_on IS NULL OR p.ended_on >= CURRENT_DATE)`,
      [contactIds],
    );
  }

  async collectivityIdsPresidedBy(contactId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.collectivity_id AS id FROM group_offices o
       JOIN group_members m ON m.group_id = o.group_id AND m.left_on IS NULL
       WHERE o.contact_id = $1 AND o.role = ANY($2) AND ${CURRENT_OFFICE}`,
      [contactId, PRESIDING_ROLES],
    );
    return rows.map((row) => row.id);
  }

  async groupIdsPresidedBy(contactId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT o.group_id AS id FROM group_offices o WHERE o.contact_id = $1 AND o.role = ANY($2) AND ${CURRENT_OFFICE}`,
      [contactId, PRESIDING_ROLES],
    );
    return rows.map((row) => row.id);
  }
}

