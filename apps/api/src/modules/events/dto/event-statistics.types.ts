import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventSessionKind, ParticipationRole } from '@territoria/domain';

@ObjectType()
export class SessionKindCount {
  @Field(() => EventSessionKind)
  kind: EventSessionKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class RoleCount {
  @Field(() => ParticipationRole)
  role: ParticipationRole;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CountryCount {
  @Field()
  countryCode: string;

  @Field(() => Int)
  count: number;
}

/** An edition's figures, as the press release states them; participants are the registrations not cancelled. */
@ObjectType()
export class EventStatistics {
  @Field(() => ID)
  eventId: string;

  @Field(() => Int)
  editionNumber: number;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Registrations not cancelled (registered, attended, no-show)' })
  registered: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int)
  noShow: number;

  @Field(() => Int, { description: 'Distinct French collectivities taking part' })
  frenchCollectivities: number;

  @Field(() => Int, { description: 'Distinct countries represented, France included' })
  countries: number;

  @Field(() => Int, { description: 'Distinct countries represented other than France' })
  foreignCountries: number;

  @Field(() => Int, { description: 'Distinct organisations taking part as a foreign delegation' })
  foreignDelegations: number;

  @Field(() => Int, { description: 'Distinct organisations taking part as an embassy' })
  embassies: number;

  @Field(() => Int, { description: 'Distinct people speaking in a session or registered as speakers' })
  speakers: number;

  @Field(() => Int, { description: 'Distinct partners taking part or supporting the edition through a partnership' })
  partners: number;

  @Field(() => [SessionKindCount])
  sessionsByKind: SessionKindCount[];

  @Field(() => [RoleCount])
  participantsByRole: RoleCount[];

  @Field(() => [CountryCount], { description: 'Most represented first' })
  participantsByCountry: CountryCount[];
}
