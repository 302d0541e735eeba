import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { EventSeries } from './event-series.entity.js';
import { EventSession } from './event-session.entity.js';
import { EventStatisticsService } from './event-statistics.service.js';
import { Event } from './event.entity.js';
import { EventSessionsResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { EventContactRecords } from './event-contact-records.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { ParticipationImport, ParticipationImportItem } from './import/participation-import.entity.js';
import { ParticipationImportModule } from './import/participation-import.module.js';
import { ParticipationImportResolver } from './import/participation-import.resolver.js';
import { LabelAward } from './label-award.entity.js';
import { Label } from './label.entity.js';
import { LabelAwardsResolver, LabelsResolver } from './labels.resolver.js';
import { LabelsService } from './labels.service.js';
import { Participation } from './participation.entity.js';
import {
  CollectivityParticipationsResolver,
  ContactParticipationsResolver,
  ParticipationsResolver,
} from './participations.resolver.js';
import { ParticipationsService } from './participations.service.js';

const entities = [EventSeries, Event, EventSession, Participation, Label, LabelAward];
const resolvers = [
  EventsResolver,
  EventSessionsResolver,
  ParticipationsResolver,
  CollectivityParticipationsResolver,
  ContactParticipationsResolver,
  LabelsResolver,
  LabelAwardsResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(entities), ParticipationImportModule, AuditModule, CollectivitiesModule, ContactsModule],
  providers: [EventContactRecords, EventsService, ParticipationsService, EventStatisticsService, LabelsService, ...resolvers],
  exports: [EventsService, ParticipationsService, LabelsService, EventContactRecords],
})
export class EventsModule {}

/** What the events module adds to the API (listed in modules/index.ts). */
export const eventsModule: ApiModule = {
  module: EventsModule,
  // The registration-list import (import/) is a Nest module of its own, brought in by this one.
  entities: [...entities, ParticipationImport, ParticipationImportItem],
  resolvers: [...resolvers, ParticipationImportResolver],
};
