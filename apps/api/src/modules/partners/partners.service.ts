import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { translateDatabaseError, withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql } from '../../common/read/sql.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type {
  CreatePartnerInput,
  CreatePartnershipInput,
  PartnerFilter,
  PartnershipFilter,
  PartnershipTotal,
  UpdatePartnerInput,
  UpdatePartnershipInput,
} from './dto/partner.inputs.js';
import { Partner } from './partner.entity.js';
import { Partnership } from './partnership.entity.js';

const UNIQUE_CONSTRAINTS = { partners_name_key: { field: 'name', message: 'Another partner already has this name.' } };

@Injectable()
export class PartnersService {
  constructor(
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    @InjectRepository(Partnership) private readonly partnerships: Repository<Partnership>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  async findById(id: string): Promise<Partner> {
    const partner = await this.partners.findOneBy({ id });
    if (!partner) throw new NotFoundError('Partner', id);
    return partner;
  }

  findByIds(ids: readonly string[]): Promise<Partner[]> {
    return this.partners.findBy({ id: In([...ids]) });
  }

  findByName(name: string): Promise<Partner | null> {
    return this.partners.findOneBy({ name });
  }

  /** Which partners a list shows, by name. */
  pageSource(filter: PartnerFilter = {}): RowSource {
    const search = filter.search?.trim();
    return {
      where: (row) =>
        and([
          filter.ids ? sql`${raw(row)}.id = ANY(${filter.ids}::uuid[])` : null,
          filter.kinds?.length ? sql`${raw(row)}.kind = ANY(${filter.kinds}::varchar[])` : null,
          search
            ? sql`search_normalize(${raw(row)}.name || ' ' || coalesce(${raw(row)}.acronym, '')) LIKE '%' || search_normalize(${search}) || '%'`
            : null,
        ]),
      orderBy: (row) => raw(`search_normalize(${row}.name), ${row}.id`),
    };
  }

  create(input: CreatePartnerInput, actor: Actor): Promise<Partner> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.create(Partner, 'Partner', { ...input, countryCode: input.countryCode?.toUpperCase() ?? null }, actor),
    );
  }

  update(id: string, input: UpdatePartnerInput, actor: Actor): Promise<Partner> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(Partner, 'Partner', id, input as UpdatePartnerInput & Partial<Partner>, actor),
    );
  }

  async remove(id: string, actor: Actor): Promise<Partner> {
    try {
      return await this.writes.remove(Partner, 'Partner', id, actor);
    } catch (error) {
      const translated = translateDatabaseError(error, UNIQUE_CONSTRAINTS);
      if (translated instanceof UserInputError) {
        throw UserInputError.forField('id', 'IN_USE', 'This partner has partnerships or contacts: remove them first.');
      }
      throw translated;
    }
  }

  /** Which partnerships a list shows: newest year first, then the largest amounts. */
  partnershipSource(filter: PartnershipFilter = {}): RowSource {
    return {
      where: (row) =>
        and([
          filter.partnerId ? sql`${raw(row)}.partner_id = ${filter.partnerId}::uuid` : null,
          filter.year ? sql`${raw(row)}.year = ${filter.year}` : null,
          filter.kinds?.length ? sql`${raw(row)}.kind = ANY(${filter.kinds}::varchar[])` : null,
        ]),
      orderBy: (row) => raw(`${row}.year DESC, ${row}.amount_cents DESC NULLS LAST, ${row}.id`),
    };
  }

  async findPartnership(id: string): Promise<Partnership> {
    const partnership = await this.partnerships.findOneBy({ id });
    if (!partnership) throw new NotFoundError('Partnership', id);
    return partnership;
  }

  async totals(year?: number): Promise<PartnershipTotal[]> {
    return this.dataSource.query(
      `SELECT year, kind, count(*)::int AS count, coalesce(sum(amount_cents), 0)::int AS "totalCents"
       FROM partnerships WHERE ($1::int IS NULL OR year = $1) GROUP BY year, kind ORDER BY year DESC, kind`,
      [year ?? null],
    );
  }

  async createPartnership(input: CreatePartnershipInput, actor: Actor): Promise<Partnership> {
    if (!(await this.partners.existsBy({ id: input.partnerId }))) {
      throw UserInputError.forField('partnerId', 'NOT_FOUND', 'Choose an existing partner.');
    }
    return this.writes.create(Partnership, 'Partnership', { ...input }, actor);
  }

  updatePartnership(id: string, input: UpdatePartnershipInput, actor: Actor): Promise<Partnership> {
    return this.writes.update(Partnership, 'Partnership', id, input as UpdatePartnershipInput & Partial<Partnership>, actor);
  }

  removePartnership(id: string, actor: Actor): Promise<Partnership> {
    return this.writes.remove(Partnership, 'Partnership', id, actor);
  }
}
