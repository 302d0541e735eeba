import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { PartnersModule } from '../partners/partners.module.js';
import { ContactBatchWrites } from './contact-batch-writes.js';
import { Contact } from './contact.entity.js';
import {
  CollectivityContactsResolver,
  ContactsResolver,
  PartnerContactsResolver,
  PositionsResolver,
} from './contacts.resolver.js';
import { ContactsService } from './contacts.service.js';
import { Position } from './position.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Contact, Position]), AuditModule, AuthModule, CollectivitiesModule, PartnersModule],
  providers: [
    ContactsService,
    ContactBatchWrites,
    ContactsResolver,
    PositionsResolver,
    CollectivityContactsResolver,
    PartnerContactsResolver,
  ],
  exports: [ContactsService, ContactBatchWrites],
})
export class ContactsModule {}
