import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventSessionKind, ParticipationRole } from '@territoria/domain';

@ObjectType({ description: "How many sessions of one kind an edition's programme has" })
export class SessionKindCount {
  @Field(() => EventSessionKind, { description: 'The kind of session' })
  kind: EventSessionKind;

  @Field(() => Int, { description: 'Number of sessions of that kind' })
  count: number;
}

@ObjectType({ description: 'How many registrations (not cancelled) of one role an edition has' })
export class RoleCount {
  @Field(() => ParticipationRole, { description: 'The role' })
  role: ParticipationRole;

  @Field(() => Int, { description: 'Number of registrations, not cancelled, with that role' })
  count: number;
}

@ObjectType({ description: 'How many registrations (not cancelled) represent one country' })
export class CountryCount {
  @Field({ description: 'The country represented, ISO 3166-1 alpha-2' })
  countryCode: string;

  @Field(() => Int, { description: 'Number of registrations, not cancelled, representing it' })
  count: number;
}

/** An edition's figures, as the press release states them; participants are the registrations not cancelled. */
@ObjectType({
  description: 'The figures of an edition, computed from its registrations, programme and partnerships as they are now',
})
export class EventStatistics {
  @Field(() => ID, { description: 'The edition' })
  eventId: string;

  @Field(() => Int, { description: 'Its edition number' })
  editionNumber: number;

  @Field(() => Int, { description: 'Its year' })
  year: number;

  @Field(() => Int, { description: 'Registrations not cancelled (registered, attended, no-show)' })
  registered: number;

  @Field(() => Int, { description: 'Registrations checked in (ATTENDED)' })
  attended: number;

  @Field(() => Int, { description: 'Registrations cancelled' })
  cancelled: number;

  @Field(() => Int, { description: 'Registrations never checked in, marked NO_SHOW' })
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

  @Field(() => [SessionKindCount], { description: 'Sessions of the programme by kind' })
  sessionsByKind: SessionKindCount[];

  @Field(() => [RoleCount], { description: 'Registrations not cancelled, by role' })
  participantsByRole: RoleCount[];

  @Field(() => [CountryCount], { description: 'Most represented first' })
  participantsByCountry: CountryCount[];
}
