import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ReadService } from '../../../common/read/read.service.js';
import { AnsweredInSql } from '../../../common/read/answer.js';
import { raw, sql } from '../../../common/read/sql.js';
import { UuidPipe } from '../../../common/validation/uuid.pipe.js';
import { Access, STAFF_ROLES } from '../../../common/access/access.decorator.js';
import type { Actor } from '../../../common/access/actor.js';
import type { AuthenticatedContext } from '../../../common/access/auth-context.js';
import { CurrentActor } from '../../../common/access/current-actor.decorator.js';
import { ImportPreview, ImportResult, UndoImportResult } from './dto/import.types.js';
import { ParticipationImportInput } from './dto/import.inputs.js';
import { ParticipationImport } from './participation-import.entity.js';
import './participation-import.read.js';
import { ParticipationImportService } from './participation-import.service.js';

/** An edition's imports, newest first: a year's registration lists fit in one answer. */
const IMPORTS_LISTED = 200;

/** Registration lists are imported by staff. */
@Access({ roles: STAFF_ROLES })
@Resolver()
export class ParticipationImportResolver {
  constructor(
    private readonly service: ParticipationImportService,
    private readonly read: ReadService,
  ) {}

  @Mutation(() => ImportPreview, { description: 'Reads, maps and matches a registration list: changes nothing' })
  previewParticipationImport(
    @Args('input', { description: 'The file, its mapping and the choices made so far' }) input: ParticipationImportInput,
  ): Promise<ImportPreview> {
    return this.service.preview(input);
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports a registration list, all or nothing: BAD_USER_INPUT (extensions.rows: [{line, message}]) while a line has an error or an unresolved choice; importing the same file again changes nothing but the statuses it changes',
  })
  commitParticipationImport(
    @Args('input', { description: 'The file, its mapping and every choice' }) input: ParticipationImportInput,
    @CurrentActor() actor: Actor,
  ): Promise<ImportResult> {
    return this.service.commit(input, actor);
  }

  @AnsweredInSql()
  @Query(() => [ParticipationImport], { description: "An edition's committed imports, newest first" })
  participationImports(
    @Args('eventId', { type: () => ID, description: 'The edition' }, UuidPipe) eventId: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    return this.read.list(
      context,
      info,
      'ParticipationImport',
      {
        where: (row) => sql`${raw(row)}.event_id = ${eventId}::uuid`,
        orderBy: (row) => raw(`${row}.imported_at DESC, ${row}.id`),
      },
      IMPORTS_LISTED,
    );
  }

  @Mutation(() => UndoImportResult, {
    description:
      'Undoes an import as a whole; CONFLICT with extensions.reason ALREADY_UNDONE, or CHANGED_SINCE (extensions.participations) while one of its participations was changed since',
  })
  undoParticipationImport(
    @Args('id', { type: () => ID, description: 'The import (ParticipationImport id)' }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<UndoImportResult> {
    return this.service.undo(id, actor);
  }
}
