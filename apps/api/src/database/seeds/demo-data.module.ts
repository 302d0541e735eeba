import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../../modules/collectivities/collectivities.module.js';
import { ContactsModule } from '../../modules/contacts/contacts.module.js';
import { GroupsModule } from '../../modules/groups/groups.module.js';
import { CooperationsModule } from '../../modules/cooperations/cooperations.module.js';
import { MembershipsModule } from '../../modules/memberships/memberships.module.js';
import { PartnersModule } from '../../modules/partners/partners.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({
  imports: [CollectivitiesModule, ContactsModule, GroupsModule, CooperationsModule, PartnersModule, MembershipsModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
