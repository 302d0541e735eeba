import { Controller, Get, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { UserInputError } from '../../../common/errors/app-errors.js';
import { HttpAppErrorFilter } from '../../../common/errors/http-error.filter.js';
import { Access, STAFF_ROLES } from '../../../common/access/access.decorator.js';
import type { Actor } from '../../../common/access/actor.js';
import { HttpAccessGuard, RequestActor } from '../../auth/http-access.guard.js';
import { pdfId, sendPdf, yearParameter } from '../download.js';
import type { DuesLetterKind } from '@territoria/domain';
import { DuesLettersService } from './dues-letters.service.js';

/**
 * Dues calls (`/documents/dues-letters`) and receipts (`/documents/dues-receipts`): one
 * collectivity's (`/<dues id>.pdf`) or a year's in one file (`?year=2026`). Dues are staff only.
 */
@Controller('documents')
@Access({ roles: STAFF_ROLES })
@UseGuards(HttpAccessGuard)
@UseFilters(HttpAppErrorFilter)
export class DuesLettersController {
  constructor(private readonly letters: DuesLettersService) {}

  @Get('dues-letters/:file')
  async call(@Param('file') file: string, @RequestActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.letters.renderOne(pdfId(file), 'CALL', actor));
  }

  @Get('dues-receipts/:file')
  async receipt(@Param('file') file: string, @RequestActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await sendPdf(reply, await this.letters.renderOne(pdfId(file), 'RECEIPT', actor));
  }

  @Get('dues-letters')
  async calls(@Query('year') year: string | undefined, @RequestActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await this.year(year, 'CALL', actor, reply);
  }

  @Get('dues-receipts')
  async receipts(
    @Query('year') year: string | undefined,
    @RequestActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.year(year, 'RECEIPT', actor, reply);
  }

  private async year(year: string | undefined, kind: DuesLetterKind, actor: Actor, reply: FastifyReply): Promise<void> {
    if (year === undefined) throw UserInputError.forField('year', 'REQUIRED', 'Give the year: ?year=2026.');
    await sendPdf(reply, await this.letters.renderYear(yearParameter(year), kind, actor));
  }
}
