import { Module } from '@nestjs/common';
import type { ApiModule } from '../../common/api-module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { BadgesController } from './badges/badges.controller.js';
import { BadgesService } from './badges/badges.service.js';
import { DocumentQueries } from './document-queries.js';
import { DuesLettersController } from './dues-letters/dues-letters.controller.js';
import { DuesLettersService } from './dues-letters/dues-letters.service.js';
import { LetterheadEntity } from './letterhead/letterhead.entity.js';
import { LetterheadResolver } from './letterhead/letterhead.resolver.js';
import { LetterheadService } from './letterhead/letterhead.service.js';

/**
 * Printed documents: the association's letterhead, dues calls and receipts, an edition's badges.
 * DuesLettersService and BadgesService render to a Buffer for other modules too (mail attachments).
 */
@Module({
  imports: [TypeOrmModule.forFeature([LetterheadEntity]), AuditModule, AuthModule],
  controllers: [DuesLettersController, BadgesController],
  providers: [DocumentQueries, LetterheadService, LetterheadResolver, DuesLettersService, BadgesService],
  exports: [DuesLettersService, BadgesService, LetterheadService],
})
export class DocumentsModule {}

/** What printed documents add to the API (listed in modules/index.ts). */
export const documentsModule: ApiModule = {
  module: DocumentsModule,
  entities: [LetterheadEntity],
  resolvers: [LetterheadResolver],
};
