import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnerKind } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(PartnerKind, { name: 'PartnerKind' });

/** An institution working with the association: ministry, agency, EU programme, network, embassy… */
@ObjectType()
@Entity('partners')
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index('partners_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name: AFD, DAECT, CGLU…' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym: string | null;

  @Field(() => PartnerKind)
  @Index('partners_kind_idx')
  @Column({ type: 'varchar', length: 30 })
  kind: PartnerKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
