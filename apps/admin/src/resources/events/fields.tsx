import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';
import { Chip, Link } from '@mui/material';
import { LinkBase, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { formatDay } from '../../util/dates';
import type { Participation } from '../participations/fields';
import { PARTICIPATION_STATUS_COLORS } from './choices';

export type EventSeries = Fields<Api.EventSeries, 'id' | 'name'> &
  SomeFields<Api.EventSeries, 'acronym' | 'description' | 'version'>;

export type EventRecord = Fields<
  Api.Event,
  'id' | 'seriesId' | 'editionNumber' | 'year' | 'title' | 'startsOn' | 'endsOn' | 'version'
> &
  SomeFields<Api.Event, 'venue' | 'city' | 'theme' | 'website' | 'hashtag' | 'createdAt' | 'updatedAt'> & {
    series?: (Selected<Api.Event['series'], 'id' | 'name'> & SomeFields<Api.EventSeries, 'acronym'>) | null;
  };

export type PersonRef = Fields<Api.Contact, 'id' | 'firstName' | 'lastName'> & SomeFields<Api.Contact, 'civility'>;

export type EventSession = Fields<
  Api.EventSession,
  'id' | 'eventId' | 'title' | 'kind' | 'startsAt' | 'durationMinutes' | 'room' | 'description' | 'version'
> & {
  speakers: PersonRef[];
};

export type EditionRef = Fields<Api.Event, 'id' | 'editionNumber' | 'year' | 'title'>;

export type LabelAward = Fields<
  Api.LabelAward,
  'id' | 'labelId' | 'collectivityId' | 'year' | 'eventId' | 'citation' | 'version'
> & {
  label: Selected<Api.LabelAward['label'], 'id' | 'name'>;
  collectivity: Selected<Api.LabelAward['collectivity'], 'id' | 'name'> &
    SomeFields<Api.Collectivity, 'kind' | 'inseeCode' | 'countryCode'>;
  event: EditionRef | null;
};

/** A participation as a collectivity's or a contact's page lists it: its edition, not its notes. */
export type ParticipationSummary = Omit<
  Participation,
  'organisationName' | 'countryCode' | 'notes' | 'version' | 'createdAt' | 'updatedAt' | 'event'
> & {
  event: EditionRef;
};

export type EventStatistics = Omit<
  Api.EventStatistics,
  '__typename' | 'participantsByCountry' | 'participantsByRole' | 'sessionsByKind'
> & {
  sessionsByKind: Fields<Api.SessionKindCount, 'kind' | 'count'>[];
  participantsByRole: Fields<Api.RoleCount, 'role' | 'count'>[];
  participantsByCountry: Fields<Api.CountryCount, 'countryCode' | 'count'>[];
};

export const eventPath = (id: string) => `/events/${id}/show`;

/** "29 juin 2021", or "29 juin 2021 – 1 juil. 2021" over several days. */
export function formatDateRange(startsOn: string | null | undefined, endsOn: string | null | undefined, locale: string): string {
  const start = formatDay(startsOn, locale, 'medium');
  if (!endsOn || endsOn === startsOn) return start;
  return `${start} – ${formatDay(endsOn, locale, 'medium')}`;
}

/** "29/06/2021 09:30": a DateTime in the reader's time zone. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** "12e édition" (1re for the first one). */
export function useEditionLabel() {
  const translate = useTranslate();
  return (editionNumber: number) => translate('resources.events.edition', { smart_count: editionNumber });
}

export const EditionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<EventRecord>();
  const edition = useEditionLabel();
  if (!record) return null;
  return <>{edition(record.editionNumber)}</>;
};

export const DatesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<EventRecord>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDateRange(record.startsOn, record.endsOn, locale)}</span>;
};

/** "2021 — Rencontres de l'action internationale…", a link to the edition when the reader may open it. */
export const EditionLink = ({ event, linked }: { event: EditionRef; linked: boolean }) => {
  const text = `${event.year} — ${event.title}`;
  if (!linked) return <>{text}</>;
  return (
    <Link component={LinkBase} to={eventPath(event.id)} underline="hover">
      {text}
    </Link>
  );
};

export const SessionKindChip = ({ kind }: { kind: string }) => {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" label={translate(`territoria.sessionKinds.${kind}`, { _: kind })} />;
};

export const ParticipationStatusChip = ({ status }: { status: Api.ParticipationStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={PARTICIPATION_STATUS_COLORS[status] ?? 'default'}
      variant={status === 'CANCELLED' ? 'outlined' : 'filled'}
      label={translate(`territoria.participationStatuses.${status}`, { _: status })}
    />
  );
};

export const personName = (person: PersonRef) => `${person.firstName} ${person.lastName}`.trim();
