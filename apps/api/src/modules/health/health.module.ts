import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
})
export class HealthModule {}

/** What the health module adds to the API (listed in modules/index.ts). */
export const healthModule: ApiModule = { module: HealthModule };
