import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access, STAFF_ROLES } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { ImportPreview, ImportResult, ParticipationImportInput } from './dto/import.types.js';
import { ParticipationImportService } from './participation-import.service.js';

/** Registration lists are imported by staff. */
@Access({ roles: STAFF_ROLES })
@Resolver()
export class ParticipationImportResolver {
  constructor(private readonly service: ParticipationImportService) {}

  @Mutation(() => ImportPreview, { description: 'Reads, maps and matches a registration list: changes nothing' })
  previewParticipationImport(@Args('input') input: ParticipationImportInput): Promise<ImportPreview> {
    return this.service.preview(input);
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports a registration list, all or nothing: BAD_USER_INPUT (extensions.rows: [{line, message}]) while a line has an error or an unresolved choice; importing the same file again changes nothing',
  })
  commitParticipationImport(@Args('input') input: ParticipationImportInput, @CurrentActor() actor: Actor): Promise<ImportResult> {
    return this.service.commit(input, actor);
  }
}
