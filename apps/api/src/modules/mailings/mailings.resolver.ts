import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MERGE_FIELDS } from '@territoria/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { and, raw, sql, type Sql } from '../../common/read/sql.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Contact } from '../contacts/contact.entity.js';
import {
  CreateMailingInput,
  MailingFilter,
  MailingPage,
  MailingPreview,
  MailingRecipientFilter,
  MailingRecipientPage,
  MailSettings,
  UpdateMailingInput,
} from './dto/mailing.inputs.js';
import { MAIL_CATCHER_PATH } from './mail-catcher.controller.js';
import { MailTransport } from './mail-transport.js';
import { MailingAttachment } from './mailing-attachment.entity.js';
import { MailingAttachmentsService } from './mailing-attachments.service.js';
import { Mailing, MailingRecipient } from './mailing.entity.js';
import './mailing.read.js';
import { MailingsService } from './mailings.service.js';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/** The statuses filter of the mailings' lists: none given, no condition. */
function statusIn(row: string, statuses: readonly string[] | null | undefined): Sql | null {
  return statuses?.length ? sql`${raw(row)}.status = ANY(${statuses}::varchar[])` : null;
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => Mailing)
export class MailingsResolver {
  constructor(
    private readonly service: MailingsService,
    private readonly read: ReadService,
    private readonly transport: MailTransport,
    private readonly attachmentFiles: MailingAttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @AnsweredInSql()
  @Query(() => MailingPage, { description: 'Drafts and sent mailings, newest first' })
  mailings(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => MailingFilter, nullable: true }) filter?: MailingFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(
      context,
      info,
      'Mailing',
      {
        where: (row) => and([statusIn(row, filter?.statuses)]),
        orderBy: (row) => raw(`${row}.created_at DESC, ${row}.id`),
      },
      page ?? DEFAULT_PAGE,
    );
  }

  @AnsweredInSql()
  @Query(() => Mailing, { description: 'One mailing, draft or sent, with its audience and counts' })
  mailing(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Mailing', id);
  }

  @AnsweredInSql()
  @Query(() => MailingRecipientPage, { description: "A sent mailing's recipients and where each stands" })
  mailingRecipients(
    @Args('mailingId', { type: () => ID, description: 'The mailing' }, UuidPipe) mailingId: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => MailingRecipientFilter, nullable: true }) filter?: MailingRecipientFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(
      context,
      info,
      'MailingRecipient',
      {
        where: (row) => and([sql`${raw(row)}.mailing_id = ${mailingId}::uuid`, statusIn(row, filter?.statuses)]),
        orderBy: (row) => raw(`${row}.email, ${row}.id`),
      },
      page ?? DEFAULT_PAGE,
    );
  }

  @Query(() => MailingPreview, { description: 'How many people it would reach, and the message one of them would get' })
  mailingPreview(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
    @Args(
      'contactId',
      { type: () => ID, nullable: true, description: 'The contact to show the message for (default: the first recipient)' },
      UuidPipe,
    )
    contactId?: string,
  ): Promise<MailingPreview> {
    return this.service.preview(id, actor, contactId);
  }

  @Query(() => MailSettings, {
    description: 'How mail leaves this server: whether it can send, at what rate, the merge fields, the mail catcher page',
  })
  mailSettings(): MailSettings {
    return {
      catcherUrl: this.transport.configured && !this.config.SMTP_URL ? MAIL_CATCHER_PATH : null,
      canSend: this.transport.configured,
      ratePerMinute: this.config.MAILING_RATE_PER_MINUTE,
      mergeFields: [...MERGE_FIELDS],
    };
  }

  @Mutation(() => Mailing, { description: 'Creates a draft mailing: subject, body with merge fields, audience' })
  createMailing(
    @Args('input', { description: 'The new draft' }) input: CreateMailingInput,
    @CurrentActor() actor: Actor,
  ): Promise<Mailing> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Mailing, { description: 'A draft only (CONFLICT, reason MAILING_NOT_DRAFT, once sent)' })
  updateMailing(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input', { description: 'The changes' }) input: UpdateMailingInput,
    @CurrentActor() actor: Actor,
  ): Promise<Mailing> {
    return this.service.update(id, input, actor);
  }

  @Mutation(() => Mailing, { description: 'A draft only' })
  deleteMailing(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Mailing> {
    return this.service.remove(id, actor);
  }

  @Mutation(() => String, {
    description: "Sends the message as its first recipient would get it to the caller's own address; returns that address",
  })
  sendTestMailing(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<string> {
    return this.service.sendTest(id, actor);
  }

  @Mutation(() => Mailing, {
    description:
      'Fixes the recipients and queues the sending (BAD_USER_INPUT MAILING_NO_RECIPIENT on audience when nobody matches)',
  })
  sendMailing(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('version', { type: () => Int, description: 'The version read: a stale one is refused (CONFLICT)' }) version: number,
    @CurrentActor() actor: Actor,
  ): Promise<Mailing> {
    return this.service.send(id, version, actor);
  }

  @ResolveField(() => Int, { description: 'People it was sent to' })
  recipientCount(
    @Parent() mailing: Mailing,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(mailing, context, info);
  }

  @ResolveField(() => Int, { description: 'Messages still to go (queued, or being sent)' })
  waitingCount(
    @Parent() mailing: Mailing,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(mailing, context, info);
  }

  @ResolveField(() => Int, { description: 'Messages accepted by the SMTP server' })
  sentCount(
    @Parent() mailing: Mailing,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(mailing, context, info);
  }

  @ResolveField(() => [MailingAttachment], {
    description: 'Files sent with every message, oldest first (uploaded to POST /mailings/<id>/attachments)',
  })
  attachments(
    @Parent() mailing: Mailing,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(mailing, context, info);
  }

  @Mutation(() => MailingAttachment, {
    description: 'Removes a file from a draft (CONFLICT, reason MAILING_NOT_DRAFT, once sent)',
  })
  deleteMailingAttachment(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<MailingAttachment> {
    return this.attachmentFiles.remove(id, actor);
  }

  @ResolveField(() => Int, { description: 'Failed or bounced' })
  failedCount(
    @Parent() mailing: Mailing,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(mailing, context, info);
  }
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => MailingRecipient)
export class MailingRecipientsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Contact, { nullable: true, description: 'The contact it goes to' })
  contact(
    @Parent() recipient: MailingRecipient,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(recipient, context, info);
  }
}
