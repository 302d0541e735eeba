import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module.js';
import { Contact } from '../../contacts/contact.entity.js';
import { Event } from '../event.entity.js';
import { Participation } from '../participation.entity.js';
import { ParticipationImport, ParticipationImportItem } from './participation-import.entity.js';
import { ParticipationImportResolver } from './participation-import.resolver.js';
import { ParticipationImportService } from './participation-import.service.js';

/** Import of an event's registration list from CSV, and its undoing. */
@Module({
  imports: [TypeOrmModule.forFeature([Event, Participation, Contact, ParticipationImport, ParticipationImportItem]), AuditModule],
  providers: [ParticipationImportService, ParticipationImportResolver],
})
export class ParticipationImportModule {}
