import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Access, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import { UserInputError } from '../../common/errors/app-errors.js';
import { HttpAppErrorFilter } from '../../common/errors/http-error.filter.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { HttpAccessGuard, RequestActor } from '../auth/http-access.guard.js';
import { MailingAttachmentsService } from './mailing-attachments.service.js';

/**
 * A draft's files travel outside GraphQL, whose requests are limited to MAX_REQUEST_BODY_BYTES:
 * `POST /mailings/<id>/attachments?fileName=programme.pdf&contentType=application/pdf` with the
 * file as the body (Content-Type: application/octet-stream), and `GET /mailings/attachments/<id>`;
 * staff only. The GraphQL mutation deleteMailingAttachment removes one.
 */
@Controller('mailings')
@Access({ roles: STAFF_ROLES })
@UseGuards(HttpAccessGuard)
@UseFilters(HttpAppErrorFilter)
export class MailingAttachmentsController {
  constructor(private readonly attachments: MailingAttachmentsService) {}

  @Post(':id/attachments')
  async upload(
    @Param('id', UuidPipe) id: string,
    @Query('fileName') fileName: string | undefined,
    @Query('contentType') contentType: string | undefined,
    @Req() request: FastifyRequest,
    @RequestActor() actor: Actor,
  ) {
    if (!(request.body instanceof Readable)) {
      throw UserInputError.forField('content', 'type', 'Send the file as the body, with Content-Type: application/octet-stream.');
    }
    const saved = await this.attachments.add(id, fileName, contentType, request.body, actor);
    return { id: saved.id, fileName: saved.fileName, contentType: saved.contentType, sizeBytes: saved.sizeBytes };
  }

  @Get('attachments/:id')
  async read(@Param('id', UuidPipe) id: string, @RequestActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.attachments.file(id, actor);
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
