import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { callerOf } from '../../common/read/caller.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, ADMIN_ONLY, EVERY_ROLE, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Contact } from './contact.entity.js';
import './contact.read.js';
import { ContactsService } from './contacts.service.js';
import {
  ContactFilter,
  ContactSort,
  CreateContactInput,
  CreatePositionInput,
  UpdateContactInput,
  UpdatePositionInput,
} from './dto/contact.inputs.js';
import { ContactPage } from './dto/contact.types.js';
import { Position } from './position.entity.js';

/** Group presidents read their members' contacts a page at a time: no bulk export of personal data. */
const PRESIDENT_MAX_PAGE = 50;

const READ = { roles: EVERY_ROLE, scope: ['contacts:read', 'contacts:all'] } as const;

@Access(READ)
@Resolver(() => Contact)
export class ContactsResolver {
  constructor(
    private readonly service: ContactsService,
    private readonly read: ReadService,
  ) {}

  @AnsweredInSql()
  @Query(() => Contact, { description: 'One contact (NOT_FOUND when it does not exist or is not visible to the caller)' })
  contact(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Contact', id);
  }

  @AnsweredInSql()
  @Query(() => ContactPage, { description: 'Contacts (people). Default order: best match first with a search, else last name' })
  contacts(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => ContactFilter, nullable: true }) filter?: ContactFilter,
    @Args('sort', { type: () => ContactSort, nullable: true }) sort?: ContactSort,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    const caller = callerOf(context.actor);
    const asked = page ?? DEFAULT_PAGE;
    const bounded = caller.kind === 'PRESIDENT' ? { ...asked, limit: Math.min(asked.limit, PRESIDENT_MAX_PAGE) } : asked;
    return this.read.page(context, info, 'Contact', this.service.pageSource(caller, filter, sort), bounded);
  }

  @Access({ roles: STAFF_ROLES })
  @Query(() => [Contact], {
    description: 'People who may be the one about to be created (same email, or same name in the same collectivity)',
  })
  possibleDuplicateContacts(
    @Args('firstName', { description: 'First name of the person about to be created' }) firstName: string,
    @Args('lastName', { description: 'Last name of the person about to be created' }) lastName: string,
    @Args('email', { type: () => String, nullable: true, description: 'Their email address, if known' }) email?: string,
    @Args('collectivityId', {
      type: () => ID,
      nullable: true,
      description: 'The collectivity where they hold a position, if known',
    })
    collectivityId?: string,
  ): Promise<Contact[]> {
    return this.service.findPossibleDuplicates({ firstName, lastName, email, collectivityId });
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Contact, {
    description: 'Refused with DUPLICATE and the candidates when the person may already exist, unless confirmNotDuplicate',
  })
  createContact(
    @Args('input', { description: 'The new contact' }) input: CreateContactInput,
    @CurrentActor() actor: Actor,
  ): Promise<Contact> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Contact, { description: "Changes a contact's details; refused on an erased contact" })
  updateContact(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateContactInput,
    @CurrentActor() actor: Actor,
  ): Promise<Contact> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Contact, {
    description: 'Moves everything of mergedId (positions, offices, history) to keptId, then removes mergedId',
  })
  mergeContacts(
    @Args('keptId', { type: () => ID, description: 'The contact that stays' }, UuidPipe) keptId: string,
    @Args('mergedId', { type: () => ID, description: 'The duplicate, merged into the kept one and then deleted' }, UuidPipe)
    mergedId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Contact> {
    return this.service.merge(keptId, mergedId, actor);
  }

  @Access({ roles: ADMIN_ONLY })
  @Mutation(() => String, { description: 'Everything held on the person, as JSON (audited)' })
  exportContactData(
    @Args('id', { type: () => ID, description: 'The contact whose data to export' }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    return this.service.exportPersonalData(id, actor);
  }

  @Access({ roles: ADMIN_ONLY })
  @Mutation(() => Contact, {
    description: 'Anonymises the person for good, keeping the counts of their positions and offices (audited)',
  })
  eraseContact(
    @Args('id', { type: () => ID, description: 'The contact to erase' }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Contact> {
    return this.service.erase(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Position, { description: 'Records a position (mandate or job) of a contact in a collectivity or a partner' })
  createPosition(@Args('input') input: CreatePositionInput, @CurrentActor() actor: Actor): Promise<Position> {
    return this.service.createPosition(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Position, { description: 'Edit or end a position (set endedOn): the history stays' })
  updatePosition(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdatePositionInput,
    @CurrentActor() actor: Actor,
  ): Promise<Position> {
    return this.service.updatePosition(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Position, { description: 'For a position entered by mistake; to record that it ended, set endedOn instead' })
  deletePosition(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Position> {
    return this.service.deletePosition(id, actor);
  }

  @ResolveField(() => [Position], { description: "The contact's positions (mandates and jobs), most recent start first" })
  positions(
    @Parent() contact: Contact,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('current', { type: () => Boolean, nullable: true, description: 'Only the positions held today' }) _current?: boolean,
  ): Promise<unknown> {
    return this.read.field(contact, context, info);
  }
}

@Access(READ)
@Resolver(() => Position)
export class PositionsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Collectivity, {
    nullable: true,
    description: 'The collectivity where the position is held; null when it is held at a partner',
  })
  collectivity(
    @Parent() position: Position,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(position, context, info);
  }

  @ResolveField(() => Partner, {
    nullable: true,
    description: 'The partner where the position is held; null when it is held at a collectivity',
  })
  partner(
    @Parent() position: Position,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(position, context, info);
  }

  @ResolveField(() => Boolean, { description: 'Held today' })
  current(
    @Parent() position: Position,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(position, context, info);
  }
}

@Access({ roles: EVERY_ROLE, scope: 'collectivities:read' })
@Resolver(() => Collectivity)
export class CollectivityContactsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Int, { description: 'People holding a current position there' })
  contactCount(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => Partner)
export class PartnerContactsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [Contact], { description: 'People holding a current position at the partner' })
  contacts(
    @Parent() partner: Partner,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(partner, context, info);
  }
}
