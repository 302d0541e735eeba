/**
 * The edition form's rules, as the API's (CreateEventInput): an edition ends on or after the day
 * it starts (the 12th edition lasted one day: same start and end).
 */
export const endNotBeforeStart = (value: unknown, values: { startsOn?: unknown }) => {
  if (typeof value !== 'string' || typeof values?.startsOn !== 'string' || !value || !values.startsOn) return undefined;
  return value.slice(0, 10) < values.startsOn.slice(0, 10) ? 'resources.events.errors.endsBeforeStart' : undefined;
};
