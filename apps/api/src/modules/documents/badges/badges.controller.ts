import { Controller, Get, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HttpAppErrorFilter } from '../../../common/errors/http-error.filter.js';
import { Access, STAFF_ROLES } from '../../../common/access/access.decorator.js';
import type { Actor } from '../../../common/access/actor.js';
import { HttpAccessGuard, RequestActor } from '../../auth/http-access.guard.js';
import { pdfId, sendPdf } from '../download.js';
import { BadgesService } from './badges.service.js';

/** An edition's badges, `/documents/badges/<edition id>.pdf`: printed by staff for the check-in desk. */
@Controller('documents/badges')
@Access({ roles: STAFF_ROLES })
@UseGuards(HttpAccessGuard)
@UseFilters(HttpAppErrorFilter)
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get(':file')
  async badgesOf(@Param('file') file: string, @RequestActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.badges.render(pdfId(file), actor));
  }
}
