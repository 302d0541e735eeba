import { Module } from '@nestjs/common';
import { ReferentialImportService } from './referential-import.service.js';

@Module({
  providers: [ReferentialImportService],
  exports: [ReferentialImportService],
})
export class ReferentialModule {}
