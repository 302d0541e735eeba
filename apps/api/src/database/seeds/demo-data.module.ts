import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../../modules/collectivities/collectivities.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({
  imports: [CollectivitiesModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
