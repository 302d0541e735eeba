import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum TombstoneKind {
  DELETED = 'DELETED',
  ERASED = 'ERASED',
}

registerEnumType(TombstoneKind, {
  name: 'TombstoneKind',
  description: 'Why a row left the lists',
  valuesMap: {
    DELETED: { description: 'The row was deleted' },
    ERASED: { description: "A person's personal data was erased on request: drop every copy of it" },
  },
});

/**
 * The last change of a synced row (table sync_changes, kept by triggers in the writing
 * transaction; common/read/sync.ts). Read through the API only once the row is gone: a tombstone.
 */
@ObjectType('Tombstone', {
  description:
    'A row that was deleted or erased: its id, type and when. Nothing else of it is kept, so a tombstone never tells more than that the row is gone.',
})
@Entity('sync_changes')
@Index('sync_changes_position_idx', ['type', 'xid', 'id'])
@Index('sync_changes_changed_at_idx', ['type', 'at'])
@Index('sync_changes_removal_idx', ['xid', 'id'], { where: 'removal IS NOT NULL' })
export class Tombstone {
  @Field({ description: 'The GraphQL type of the row: Collectivity, Contact, GroupMember…' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  type: string;

  @Field(() => ID, { description: 'The id the row had' })
  @PrimaryColumn({ name: 'row_id', type: 'uuid' })
  id: string;

  /** The writing transaction (xid8 as bigint): the row's position in a synced list. */
  @Column({ type: 'bigint' })
  xid: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was deleted or erased' })
  @Column({ name: 'changed_at', type: 'timestamptz' })
  at: Date;

  @Field(() => TombstoneKind, { description: 'DELETED: the row is gone; ERASED: a contact erased for data protection' })
  @Column({ name: 'removal', type: 'varchar', length: 10, nullable: true })
  kind: TombstoneKind | null;
}
