import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { ConflictError } from '../../../common/errors/app-errors.js';
import { presentFields } from '../../../common/validation/partial-update.js';
import type { Actor } from '../../../common/access/actor.js';
import { AuditService, sameValue } from '../../audit/audit.service.js';
import type { Letterhead, LetterheadImage, UpdateLetterheadInput } from './letterhead.types.js';
import { imageDataUrl, parseLetterheadImage } from './letterhead-image.js';
import { LETTERHEAD_ID, LetterheadEntity } from './letterhead.entity.js';

type ImageField = 'logo' | 'signature';
const IMAGE_FIELDS: readonly ImageField[] = ['logo', 'signature'];
const typeColumn = (field: ImageField) => (field === 'logo' ? 'logoType' : 'signatureType');

@Injectable()
export class LetterheadService {
  constructor(
    @InjectRepository(LetterheadEntity) private readonly letterheads: Repository<LetterheadEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The stored letterhead (the migration creates its one row). */
  current(): Promise<LetterheadEntity> {
    return this.letterheads.findOneByOrFail({ id: LETTERHEAD_ID });
  }

  async letterhead(): Promise<Letterhead> {
    return present(await this.current());
  }

  /**
   * Changes what is given (images checked first: a refused one changes nothing). The audit trail
   * records an image by its type, size and digest, never its bytes.
   */
  async update(input: UpdateLetterheadInput, actor: Actor): Promise<Letterhead> {
    const { version, logo, signature, ...text } = input;
    const images: Partial<LetterheadEntity> = {};
    for (const [field, value] of [
      ['logo', logo],
      ['signature', signature],
    ] as const) {
      if (value === undefined) continue;
      const image = value === null ? null : parseLetterheadImage(field, value);
      Object.assign(images, { [field]: image?.bytes ?? null, [typeColumn(field)]: image?.contentType ?? null });
    }
    const fields: Partial<LetterheadEntity> = { ...presentFields(text), ...images };
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneOrFail(LetterheadEntity, {
        where: { id: LETTERHEAD_ID },
        lock: { mode: 'pessimistic_write' },
      });
      if (version !== current.version) throw new ConflictError('Letterhead', LETTERHEAD_ID, current.version);
      const changes = Object.fromEntries(
        Object.entries(fields).filter(([key, value]) => !sameStored(current[key as keyof LetterheadEntity], value)),
      );
      if (Object.keys(changes).length === 0) return present(current);
      await manager.update(LetterheadEntity, { id: LETTERHEAD_ID }, changes);
      const updated = await manager.findOneByOrFail(LetterheadEntity, { id: LETTERHEAD_ID });
      await this.audit.record(manager, actor, 'Letterhead', LETTERHEAD_ID, audited(current), audited(updated));
      return present(updated);
    });
  }
}

function sameStored(before: unknown, after: unknown): boolean {
  if (Buffer.isBuffer(before) || Buffer.isBuffer(after)) {
    return Buffer.isBuffer(before) && Buffer.isBuffer(after) && before.equals(after);
  }
  return sameValue(before, after);
}

function image(bytes: Buffer | null, contentType: string | null): LetterheadImage | null {
  if (!bytes || !contentType) return null;
  return { contentType, byteSize: bytes.length, dataUrl: imageDataUrl(contentType, bytes) };
}

function present(row: LetterheadEntity): Letterhead {
  return {
    organisationName: row.organisationName,
    address: row.address,
    signatory: row.signatory,
    logo: image(row.logo, row.logoType),
    signature: image(row.signature, row.signatureType),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function audited(row: LetterheadEntity): Record<string, unknown> {
  const described = Object.fromEntries(
    IMAGE_FIELDS.map((field) => {
      const bytes = row[field];
      const digest = bytes ? createHash('sha256').update(bytes).digest('hex').slice(0, 16) : null;
      return [field, bytes ? `${row[typeColumn(field)]}, ${bytes.length} bytes, sha256 ${digest}` : null];
    }),
  );
  return { organisationName: row.organisationName, address: row.address, signatory: row.signatory, ...described };
}
