import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { translateDatabaseError, withDatabaseErrors } from '../../common/errors/database-errors.js';
import { DEFAULT_PAGE, type PageInput } from '../../common/pagination/page.input.js';
import { toPage, type Page } from '../../common/pagination/page.type.js';
import type { Actor } from '../auth/actor.js';
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

  async findPage(filter: PartnerFilter = {}, page: PageInput = DEFAULT_PAGE, countTotal = true): Promise<Page<Partner>> {
    const query = this.partners.createQueryBuilder('partner');
    if (filter.ids) query.andWhere('partner.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.kinds?.length) query.andWhere('partner.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.search?.trim()) {
      query.andWhere(
        `search_normalize(partner.name || ' ' || coalesce(partner.acronym, '')) LIKE '%' || search_normalize(:search) || '%'`,
        { search: filter.search },
      );
    }
    query.orderBy('search_normalize(partner.name)').addOrderBy('partner.id');
    const [nodes, totalCount] = await Promise.all([
      query.clone().offset(page.offset).limit(page.limit).getMany(),
      countTotal ? query.clone().orderBy().getCount() : null,
    ]);
    return toPage(nodes, totalCount, page.offset);
  }

  create(input: CreatePartnerInput, actor: Actor): Promise<Partner> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.create(Partner, 'Partner', { ...input, countryCode: input.countryCode?.toUpperCase() ?? null }, actor),
    );
  }

  update(id: string, input: UpdatePartnerInput, actor: Actor): Promise<Partner> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.update(Partner, 'Partner', id, input as UpdatePartnerInput & Partial<Partner>, actor));
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

  async partnershipPage(filter: PartnershipFilter = {}, page: PageInput = DEFAULT_PAGE, countTotal = true): Promise<Page<Partnership>> {
    const query = this.partnerships.createQueryBuilder('partnership');
    if (filter.partnerId) query.andWhere('partnership.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter.year) query.andWhere('partnership.year = :year', { year: filter.year });
    if (filter.kinds?.length) query.andWhere('partnership.kind IN (:...kinds)', { kinds: filter.kinds });
    query.orderBy('partnership.year', 'DESC').addOrderBy('partnership.amount_cents', 'DESC', 'NULLS LAST').addOrderBy('partnership.id');
    const [nodes, totalCount] = await Promise.all([
      query.clone().offset(page.offset).limit(page.limit).getMany(),
      countTotal ? query.clone().orderBy().getCount() : null,
    ]);
    return toPage(nodes, totalCount, page.offset);
  }

  async findPartnership(id: string): Promise<Partnership> {
    const partnership = await this.partnerships.findOneBy({ id });
    if (!partnership) throw new NotFoundError('Partnership', id);
    return partnership;
  }

  partnershipsOfPartners(partnerIds: readonly string[]): Promise<Partnership[]> {
    return this.partnerships.find({ where: { partnerId: In([...partnerIds]) }, order: { year: 'DESC' } });
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
