import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module.js';
import { ContactsModule } from '../../contacts/contacts.module.js';
import { Event } from '../event.entity.js';
import { Participation } from '../participation.entity.js';
import { ImportLookups } from './import-lookups.js';
import { ParticipationImport, ParticipationImportItem } from './participation-import.entity.js';
import { ParticipationImportResolver } from './participation-import.resolver.js';
import { ParticipationImportService } from './participation-import.service.js';

/** Import of an event's registration list from CSV, and its undoing. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Event, Participation, ParticipationImport, ParticipationImportItem]),
    AuditModule,
    ContactsModule,
  ],
  providers: [ParticipationImportService, ImportLookups, ParticipationImportResolver],
})
export class ParticipationImportModule {}
