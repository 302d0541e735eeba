import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { EventSeries } from './event-series.entity.js';
import { EventSession } from './event-session.entity.js';
import { EventStatisticsService } from './event-statistics.service.js';
import { Event } from './event.entity.js';
import { EventSessionsResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
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

@Module({
  imports: [
    TypeOrmModule.forFeature([EventSeries, Event, EventSession, Participation, Label, LabelAward]),
    AuditModule,
    AuthModule,
    CollectivitiesModule,
  ],
  providers: [
    EventsService,
    ParticipationsService,
    EventStatisticsService,
    LabelsService,
    EventsResolver,
    EventSessionsResolver,
    ParticipationsResolver,
    CollectivityParticipationsResolver,
    ContactParticipationsResolver,
    LabelsResolver,
    LabelAwardsResolver,
  ],
  exports: [EventsService, ParticipationsService, LabelsService],
})
export class EventsModule {}
