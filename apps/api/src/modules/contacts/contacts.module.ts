import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { PartnersModule } from '../partners/partners.module.js';
import { ContactBatchWrites } from './contact-batch-writes.js';
import { ContactRecordHolders } from './contact-records.js';
import { Contact } from './contact.entity.js';
import {
  CollectivityContactsResolver,
  ContactsResolver,
  PartnerContactsResolver,
  PositionsResolver,
} from './contacts.resolver.js';
import { ContactsService } from './contacts.service.js';
import { Position } from './position.entity.js';

const entities = [Contact, Position];
const resolvers = [ContactsResolver, PositionsResolver, CollectivityContactsResolver, PartnerContactsResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule, CollectivitiesModule, PartnersModule],
  providers: [ContactsService, ContactBatchWrites, ContactRecordHolders, ...resolvers],
  exports: [ContactsService, ContactBatchWrites, ContactRecordHolders],
})
export class ContactsModule {}

/** What the contacts module adds to the API (listed in modules/index.ts). */
export const contactsModule: ApiModule = { module: ContactsModule, entities, resolvers };
