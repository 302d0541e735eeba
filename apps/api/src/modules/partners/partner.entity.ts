import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnerKind } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'What kind of institution a partner is',
  valuesMap: {
    MINISTRY: { description: 'A ministry or its department (MEAE, DAECT)' },
    AGENCY: { description: 'A public agency (AFD)' },
    EU_PROGRAMME: { description: 'A European Union programme (PLATFORMA)' },
    NETWORK: { description: 'A network of local governments (CGLU / UCLG)' },
    EMBASSY: { description: 'An embassy in France' },
    FOREIGN_LOCAL_GOVERNMENT: { description: 'A foreign local government acting as a partner' },
    NGO: { description: 'A non-governmental organisation or association' },
    COMPANY: { description: 'A company' },
    ACADEMIC: { description: 'A university or research body' },
    OTHER: { description: 'Anything else' },
  },
});

/** An institution working with the association: ministry, agency, EU programme, network, embassy… */
@ObjectType({
  description:
    'An institution working with the association: ministry (MEAE and its DAECT), agency (AFD), EU programme (PLATFORMA), network (CGLU), embassy, NGO… Staff only',
})
@Entity('partners')
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Full name, e.g. "Agence française de développement"' })
  @Index('partners_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name: AFD, DAECT, CGLU…' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym: string | null;

  @Field(() => PartnerKind, { description: 'What kind of institution' })
  @Index('partners_kind_idx')
  @Column({ type: 'varchar', length: 30 })
  kind: PartnerKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Field(() => String, { nullable: true, description: 'Website URL; null when unknown' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: "Staff's notes; null when none" })
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
