import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { ReferentialImportService } from './referential-import.service.js';

@Module({
  providers: [ReferentialImportService],
  exports: [ReferentialImportService],
})
export class ReferentialModule {}

/** What the referential module adds to the API (listed in modules/index.ts). */
export const referentialModule: ApiModule = { module: ReferentialModule };
