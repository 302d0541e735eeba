import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  calendarDate,
  checkCollectivityCodes,
  CollectivityKind,
  MembershipStatus,
  REFERENTIAL_OWNED_FIELDS,
  SortDirection,
} from '@territoria/domain';
import { DataSource, In, Repository } from 'typeorm';
import { NotFoundError, UserInputError, type FieldError } from '../../common/errors/app-errors.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql } from '../../common/read/sql.js';
import { relevanceOrder, searchCondition } from './collectivity-search.js';
import { Collectivity } from './collectivity.entity.js';
import { MembershipChange } from './membership-change.entity.js';
import type { CollectivityFilter } from './dto/collectivity-filter.input.js';
import { CollectivitySortField, type CollectivitySort } from './dto/collectivity-sort.input.js';
import type { CreateCollectivityInput, UpdateCollectivityInput } from './dto/collectivity.inputs.js';

const UNIQUE_CONSTRAINTS = {
  collectivities_siren_key: { field: 'siren', message: 'Another collectivity already has this SIREN.' },
  collectivities_kind_insee_code_key: {
    field: 'inseeCode',
    message: 'Another collectivity of the same kind already has this INSEE code.',
  },
};

const SORT_COLUMNS: Record<Exclude<CollectivitySortField, 'RELEVANCE'>, string> = {
  NAME: 'search_text',
  POPULATION: 'population',
  INSEE_CODE: 'insee_code',
  KIND: 'kind',
  DEPARTMENT_CODE: 'department_code',
  MEMBERSHIP_STATUS: 'membership_status',
  UPDATED_AT: 'updated_at',
};

type EditableFields = Omit<UpdateCollectivityInput, 'version'>;

@Injectable()
export class CollectivitiesService {
  constructor(
    @InjectRepository(Collectivity) private readonly collectivities: Repository<Collectivity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  /** For writes and checks; reads go through the read road. */
  async findById(id: string): Promise<Collectivity> {
    const collectivity = await this.collectivities.findOneBy({ id });
    if (!collectivity) throw new NotFoundError('Collectivity', id);
    return collectivity;
  }

  /** Whether staff entered anything yet: members, prospects or foreign local governments. */
  hasStaffEnteredRows(): Promise<boolean> {
    return this.collectivities.exists({
      where: [
        { membershipStatus: In([MembershipStatus.MEMBER, MembershipStatus.FORMER_MEMBER, MembershipStatus.PROSPECT]) },
        { kind: CollectivityKind.FOREIGN_LOCAL_GOVERNMENT },
      ],
    });
  }

  /**
   * The collectivities that were members at some point of a year, for that year's dues: current
   * members (unless they joined after it) and former members whose membership covered part of it.
   * A membership without a start date counts from always; a former one needs its end date.
   */
  membersDuring(year: number): Promise<Pick<Collectivity, 'id' | 'name' | 'population'>[]> {
    return this.collectivities
      .createQueryBuilder('collectivity')
      .select(['collectivity.id', 'collectivity.name', 'collectivity.population'])
      .where('(collectivity.member_since IS NULL OR collectivity.member_since <= :end)', { end: `${year}-12-31` })
      .andWhere(
        `((collectivity.membership_status = :member AND (collectivity.member_until IS NULL OR collectivity.member_until >= :start))
          OR (collectivity.membership_status = :former AND collectivity.member_until >= :start))`,
        { member: MembershipStatus.MEMBER, former: MembershipStatus.FORMER_MEMBER, start: `${year}-01-01` },
      )
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<Collectivity[]> {
    return this.collectivities.findBy({ id: In([...ids]) });
  }

  findOneByOfficialCode(code: { kind: CollectivityKind; inseeCode: string } | { siren: string }): Promise<Collectivity | null> {
    return this.collectivities.findOneBy('siren' in code ? { siren: code.siren } : code);
  }

  /** Member collectivities per région (the région itself included), most members first. */
  memberCountsByRegion(): Promise<Array<{ regionCode: string; regionName: string; memberCount: number }>> {
    return this.collectivities.query(
      `SELECT region.insee_code AS "regionCode", region.name AS "regionName", count(member.id)::int AS "memberCount"
       FROM collectivities member
       JOIN collectivities region ON region.kind = 'REGION' AND region.insee_code = member.region_code
       WHERE member.membership_status = 'MEMBER'
       GROUP BY region.insee_code, region.name
       ORDER BY "memberCount" DESC, region.name`,
    );
  }

  /** Which collectivities a list shows and in which order, for the read road. */
  pageSource(filter: CollectivityFilter = {}, sort?: CollectivitySort): RowSource {
    const search = filter.search?.trim() ? filter.search : null;
    const sortField = sort?.field ?? (search ? CollectivitySortField.RELEVANCE : CollectivitySortField.NAME);
    const direction = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    return {
      where: (row) => {
        const column = (name: string) => raw(`${row}.${name}`);
        return and([
          filter.ids ? sql`${column('id')} = ANY(${filter.ids}::uuid[])` : null,
          filter.kinds?.length ? sql`${column('kind')} = ANY(${filter.kinds}::varchar[])` : null,
          filter.membershipStatuses?.length
            ? sql`${column('membership_status')} = ANY(${filter.membershipStatuses}::varchar[])`
            : null,
          filter.regionCode ? sql`${column('region_code')} = ${filter.regionCode}` : null,
          filter.departmentCode ? sql`${column('department_code')} = ${filter.departmentCode}` : null,
          filter.countryCode ? sql`${column('country_code')} = ${filter.countryCode}` : null,
          search ? searchCondition(row, search) : null,
        ]);
      },
      orderBy: (row) => {
        const order =
          sortField === CollectivitySortField.RELEVANCE
            ? search
              ? relevanceOrder(row, search)
              : raw(`${row}.search_text ${direction}`)
            : raw(`${row}.${SORT_COLUMNS[sortField]} ${direction} NULLS LAST`);
        return sql`${order}, ${raw(row)}.id`;
      },
      // A search matches by trigrams and ranks by similarity: compute its matches once for the page and the total.
      materialize: search !== null,
    };
  }

  async create(input: CreateCollectivityInput, actor: Actor): Promise<Collectivity> {
    const collectivity = this.collectivities.create({
      ...input,
      fromReferential: false,
      postalCodes: input.postalCodes ?? [],
    });
    applyMembershipDates(collectivity, null, input);
    this.assertValid(collectivity);
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.dataSource.transaction(async (manager) => {
        const created = await this.writes.create(Collectivity, 'Collectivity', collectivity, actor, manager);
        if (created.membershipStatus !== MembershipStatus.NONE) {
          await manager.insert(MembershipChange, {
            collectivityId: created.id,
            fromStatus: MembershipStatus.NONE,
            toStatus: created.membershipStatus,
            effectiveOn: created.memberSince ?? calendarDate(),
          });
        }
        return created;
      }),
    );
  }

  update(id: string, input: UpdateCollectivityInput, actor: Actor): Promise<Collectivity> {
    const { deliberationDate, deliberationReference, ...fields } = input;
    const given = { ...fields, ...(fields.postalCodes === null ? { postalCodes: [] } : {}) } as Partial<Collectivity> & {
      version?: number;
    };
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(Collectivity, 'Collectivity', id, given, actor, async (current, next, { changes, manager }) => {
        if (current.fromReferential) this.assertReferentialFieldsUnchanged(changes);
        applyMembershipDates(next, current, changes);
        this.assertValid(next);
        if (next.membershipStatus !== current.membershipStatus) {
          await manager.insert(MembershipChange, {
            collectivityId: id,
            fromStatus: current.membershipStatus,
            toStatus: next.membershipStatus,
            effectiveOn:
              (next.membershipStatus === MembershipStatus.MEMBER ? next.memberSince : next.memberUntil) ?? calendarDate(),
            deliberationDate: deliberationDate ?? null,
            deliberationReference: deliberationReference ?? null,
          });
        }
        return { memberSince: next.memberSince, memberUntil: next.memberUntil };
      }),
    );
  }

  remove(id: string, actor: Actor): Promise<Collectivity> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.remove(Collectivity, 'Collectivity', id, actor, (collectivity) => {
        if (collectivity.fromReferential) {
          throw UserInputError.forField(
            'id',
            'REFERENTIAL_ROW',
            `${collectivity.name} comes from the official referential and cannot be deleted; set its membership status instead.`,
          );
        }
      }),
    );
  }

  private assertValid(collectivity: Collectivity): void {
    const problems: FieldError[] = checkCollectivityCodes(collectivity);
    if (collectivity.memberSince && collectivity.memberUntil && collectivity.memberUntil < collectivity.memberSince) {
      problems.push({
        field: 'memberUntil',
        code: 'MEMBERSHIP_DATES_ORDER',
        message: 'The membership cannot end before it started.',
      });
    }
    if (problems.length > 0) throw new UserInputError(problems);
  }

  private assertReferentialFieldsUnchanged(changed: EditableFields): void {
    const problems = REFERENTIAL_OWNED_FIELDS.filter((field) => field in changed).map((field) => ({
      field,
      code: 'REFERENTIAL_FIELD' as const,
      message: `${field} comes from the official referential and is refreshed by each import; it cannot be edited.`,
    }));
    if (problems.length > 0) throw new UserInputError(problems);
  }
}

/**
 * Joining sets "member since" to today unless staff give it (a rejoining member starts anew);
 * leaving sets "member until" to today unless given.
 */
function applyMembershipDates(next: Collectivity, previous: Collectivity | null, given: EditableFields): void {
  if (previous && previous.membershipStatus === next.membershipStatus) return;
  const today = calendarDate();
  if (next.membershipStatus === MembershipStatus.MEMBER) {
    const rejoining = previous?.membershipStatus === MembershipStatus.FORMER_MEMBER;
    if (!('memberSince' in given) && (!next.memberSince || rejoining)) next.memberSince = today;
    if (!('memberUntil' in given)) next.memberUntil = null;
  } else if (next.membershipStatus === MembershipStatus.FORMER_MEMBER) {
    if (!('memberUntil' in given) && !next.memberUntil) next.memberUntil = today;
  }
}
