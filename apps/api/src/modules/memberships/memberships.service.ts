import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { checkFeeScale, dueDateFor, feeBracketFor, FeeStatus, type FeeBracket, calendarDate } from '@territoria/domain';
import { DataSource, In, Repository } from 'typeorm';
import { AppError, ConflictError, ErrorCode, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql, type Sql } from '../../common/read/sql.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { CollectivitiesService } from '../collectivities/collectivities.service.js';
import type {
  DuesGeneration,
  DuesTotals,
  MarkFeesPaidInput,
  MembershipFeeFilter,
  SetFeeScaleInput,
  WaiveFeeInput,
} from './dto/membership.inputs.js';
import { FeeScale } from './fee-scale.entity.js';
import { MembershipFee } from './membership-fee.entity.js';

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\u202f|\u00a0/g, ' ');
const integer = (value: number) => new Intl.NumberFormat('fr-FR').format(value).replace(/\u202f|\u00a0/g, ' ');

@Injectable()
export class MembershipsService {
  constructor(
    @InjectRepository(FeeScale) private readonly scales: Repository<FeeScale>,
    @InjectRepository(MembershipFee) private readonly fees: Repository<MembershipFee>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly audit: AuditService,
  ) {}

  feeScale(year: number): Promise<FeeScale | null> {
    return this.scales.findOneBy({ year });
  }

  feeScales(): Promise<FeeScale[]> {
    return this.scales.find({ order: { year: 'DESC' } });
  }

  async setFeeScale(input: SetFeeScaleInput, actor: Actor): Promise<FeeScale> {
    const problems = checkFeeScale(input.brackets);
    if (problems.length > 0) {
      throw new UserInputError(
        problems.map((problem) => ({ field: `brackets.${problem.index}`, code: problem.code, message: problem.message })),
      );
    }
    const brackets: FeeBracket[] = [...input.brackets]
      .sort((a, b) => a.minPopulation - b.minPopulation)
      .map(({ minPopulation, maxPopulation, amountCents }) => ({
        minPopulation,
        maxPopulation: maxPopulation ?? null,
        amountCents,
      }));
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(FeeScale, { where: { year: input.year }, lock: { mode: 'pessimistic_write' } });
      // Replacing a year's scale is an update: without the version read (a scale created meanwhile
      // by a colleague, or a caller that never read it), it would be overwritten blindly.
      if (current && input.version !== current.version) {
        throw new ConflictError('FeeScale', String(input.year), current.version);
      }
      const saved = await manager.save(
        current
          ? Object.assign(manager.create(FeeScale, { ...current }), { brackets, dueOn: input.dueOn })
          : manager.create(FeeScale, { year: input.year, brackets, dueOn: input.dueOn }),
      );
      await this.audit.record(manager, actor, 'FeeScale', feeScaleAuditId(input.year), current, saved);
      return saved;
    });
  }

  /**
   * Creates the year's dues of every current member from the year's scale and its population.
   * Idempotent: a member already invoiced for the year is skipped, and the unique index makes
   * two runs at once create one set.
   */
  async generateDues(year: number, actor: Actor, invoicedOn = calendarDate()): Promise<DuesGeneration> {
    const scale = await this.feeScale(year);
    if (!scale)
      throw UserInputError.forField('year', 'NO_FEE_SCALE', `There is no fee scale for ${year}: set it first.`, { year });
    const members = await this.collectivities.membersDuring(year);
    const rows = members.map((member) => {
      const population = member.population ?? 0;
      const bracket = feeBracketFor(scale.brackets, population)!;
      const range = `${integer(bracket.minPopulation)}${bracket.maxPopulation === null ? ' et plus' : ` à ${integer(bracket.maxPopulation)}`}`;
      return {
        collectivityId: member.id,
        year,
        amountCents: bracket.amountCents,
        computation: `Barème ${year}, population ${integer(population)} : tranche ${range} habitants = ${euros(bracket.amountCents)}`,
        status: FeeStatus.INVOICED as 'INVOICED',
        invoicedOn,
        dueOn: dueDateFor(year, scale.dueOn, invoicedOn),
      };
    });
    return this.dataSource.transaction(async (manager) => {
      const inserted = rows.length
        ? ((await manager.createQueryBuilder().insert().into(MembershipFee).values(rows).orIgnore().returning(['id']).execute())
            .raw as { id: string }[])
        : [];
      for (const row of inserted) {
        const fee = await manager.findOneByOrFail(MembershipFee, { id: row.id });
        await this.audit.record(manager, actor, 'MembershipFee', fee.id, null, fee);
      }
      return { year, created: inserted.length, existing: rows.length - inserted.length };
    });
  }

  /** Which dues a list shows: newest year first, then by collectivity. */
  pageSource(filter: MembershipFeeFilter = {}): RowSource {
    const search = filter.search?.trim();
    const name = (row: string) => raw(`(SELECT c.search_text FROM collectivities c WHERE c.id = ${row}.collectivity_id)`);
    return {
      where: (row) =>
        and([
          filter.ids ? sql`${raw(row)}.id = ANY(${filter.ids}::uuid[])` : null,
          filter.year ? sql`${raw(row)}.year = ${filter.year}` : null,
          filter.collectivityId ? sql`${raw(row)}.collectivity_id = ${filter.collectivityId}::uuid` : null,
          filter.statuses?.length ? statusCondition(row, filter.statuses) : null,
          search ? sql`${name(row)} LIKE '%' || search_normalize(${search}) || '%'` : null,
        ]),
      orderBy: (row) => sql`${raw(row)}.year DESC, ${name(row)}, ${raw(row)}.id`,
    };
  }

  /** The dues of a year, for the demo data. */
  feesOfYear(year: number): Promise<MembershipFee[]> {
    return this.fees
      .createQueryBuilder('fee')
      .innerJoin('fee.collectivity', 'collectivity')
      .where('fee.year = :year', { year })
      .orderBy('collectivity.search_text')
      .addOrderBy('fee.id')
      .getMany();
  }

  /** Members with at least `minYears` dues unpaid, most years first. */
  arrearsSource(minYears: number): RowSource {
    const unpaid = (row: string) =>
      sql`(SELECT count(*) FROM membership_fees f WHERE f.collectivity_id = ${raw(row)}.id AND f.status = 'INVOICED')`;
    return {
      where: (row) => sql`${unpaid(row)} >= ${minYears}`,
      orderBy: (row) => sql`${unpaid(row)} DESC, ${raw(row)}.search_text, ${raw(row)}.id`,
    };
  }

  /** Pays several dues at once, all or none: paying dues twice, or before they were invoiced, is refused. */
  async markPaid(input: MarkFeesPaidInput, actor: Actor): Promise<MembershipFee[]> {
    return this.dataSource.transaction(async (manager) => {
      const fees = await manager.find(MembershipFee, {
        where: { id: In(input.ids) },
        lock: { mode: 'pessimistic_write' },
        order: { id: 'ASC' },
      });
      if (fees.length !== new Set(input.ids).size)
        throw UserInputError.forField('ids', 'NOT_FOUND', 'One of these dues does not exist.');
      const paid = fees.filter((fee) => fee.status === FeeStatus.PAID);
      if (paid.length > 0) {
        throw new AppError(
          ErrorCode.CONFLICT,
          `Already paid: ${paid.length} of these dues. Nothing was changed.`,
          [{ field: 'ids', code: 'ALREADY_PAID', message: 'These dues are already paid.' }],
          { paidIds: paid.map((fee) => fee.id) },
        );
      }
      const early = fees.find((fee) => input.paidOn < fee.invoicedOn);
      if (early) {
        throw UserInputError.forField('paidOn', 'BEFORE_INVOICE', `A payment cannot precede the invoice (${early.invoicedOn}).`, {
          invoicedOn: early.invoicedOn,
        });
      }
      const result: MembershipFee[] = [];
      for (const fee of fees) {
        await manager.update(
          MembershipFee,
          { id: fee.id },
          {
            status: FeeStatus.PAID,
            paidOn: input.paidOn,
            paymentReference: input.paymentReference ?? null,
            version: () => 'version + 1',
          },
        );
        const updated = await manager.findOneByOrFail(MembershipFee, { id: fee.id });
        await this.audit.record(manager, actor, 'MembershipFee', fee.id, fee, updated);
        result.push(updated);
      }
      return result;
    });
  }

  async waive(input: WaiveFeeInput, actor: Actor): Promise<MembershipFee> {
    return this.dataSource.transaction(async (manager) => {
      const fee = await manager.findOne(MembershipFee, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!fee) throw new NotFoundError('MembershipFee', input.id);
      if (fee.status === FeeStatus.PAID) throw UserInputError.forField('id', 'ALREADY_PAID', 'Paid dues cannot be waived.');
      await manager.update(
        MembershipFee,
        { id: fee.id },
        { status: FeeStatus.WAIVED, waiverReason: input.reason, version: () => 'version + 1' },
      );
      const updated = await manager.findOneByOrFail(MembershipFee, { id: fee.id });
      await this.audit.record(manager, actor, 'MembershipFee', fee.id, fee, updated);
      return updated;
    });
  }

  async totals(year: number): Promise<DuesTotals> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count,
              coalesce(sum(amount_cents), 0)::int AS "invoicedCents",
              coalesce(sum(amount_cents) FILTER (WHERE status = 'PAID'), 0)::int AS "paidCents",
              coalesce(sum(amount_cents) FILTER (WHERE status = 'WAIVED'), 0)::int AS "waivedCents",
              count(*) FILTER (WHERE status = 'INVOICED' AND due_on < CURRENT_DATE)::int AS "lateCount",
              coalesce(sum(amount_cents) FILTER (WHERE status = 'INVOICED' AND due_on < CURRENT_DATE), 0)::int AS "lateCents"
       FROM membership_fees WHERE year = $1`,
      [year],
    );
    return { year, ...row };
  }

  /** Members with dues unpaid (invoiced or late) for at least that many years. */
}

/** LATE is derived: invoiced and past due. */
function statusCondition(row: string, statuses: FeeStatus[]): Sql {
  const conditions = statuses.map((status) =>
    status === FeeStatus.LATE
      ? `(${row}.status = 'INVOICED' AND ${row}.due_on < CURRENT_DATE)`
      : status === FeeStatus.INVOICED
        ? `(${row}.status = 'INVOICED' AND ${row}.due_on >= CURRENT_DATE)`
        : `${row}.status = '${status === FeeStatus.PAID ? 'PAID' : 'WAIVED'}'`,
  );
  return raw(`(${conditions.join(' OR ')})`);
}

/** Fee scales are keyed by year; the audit trail keys records by uuid: a stable one per year. */
function feeScaleAuditId(year: number): string {
  return `00000000-0000-4000-8000-${String(year).padStart(12, '0')}`;
}
