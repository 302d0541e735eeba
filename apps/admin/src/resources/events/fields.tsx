import { Chip, Link } from '@mui/material';
import { LinkBase, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { formatDay } from '../../util/dates';
import { PARTICIPATION_STATUS_COLORS } from './choices';

export interface EventSeries {
  id: string;
  name: string;
  acronym?: string | null;
  description?: string | null;
  version?: number;
}

export interface EventRecord {
  id: string;
  seriesId: string;
  series?: { id: string; name: string; acronym?: string | null } | null;
  editionNumber: number;
  year: number;
  title: string;
  startsOn: string;
  endsOn: string;
  venue?: string | null;
  city?: string | null;
  theme?: string | null;
  website?: string | null;
  hashtag?: string | null;
  version: number;
  createdAt?: string;
  updatedAt?: string;
}

export interface PersonRef {
  id: string;
  civility?: string | null;
  firstName: string;
  lastName: string;
}

export interface EventSession {
  id: string;
  eventId: string;
  title: string;
  kind: string;
  startsAt: string | null;
  durationMinutes: number | null;
  room: string | null;
  description: string | null;
  version: number;
  speakers: PersonRef[];
}

export interface EditionRef {
  id: string;
  editionNumber: number;
  year: number;
  title: string;
}

export interface LabelAward {
  id: string;
  labelId: string;
  label: { id: string; name: string };
  collectivityId: string;
  collectivity: { id: string; name: string; kind?: string; inseeCode?: string | null; countryCode?: string | null };
  year: number;
  eventId: string | null;
  event: EditionRef | null;
  citation: string | null;
  version: number;
}

/** A participation as a collectivity's or a contact's page lists it. */
export interface ParticipationSummary {
  id: string;
  eventId: string;
  event: EditionRef;
  contactId: string | null;
  collectivityId: string | null;
  partnerId: string | null;
  displayName: string;
  organisationDisplayName: string | null;
  role: string;
  status: string;
  registeredAt: string;
  checkedInAt: string | null;
}

export interface EventStatistics {
  eventId: string;
  editionNumber: number;
  year: number;
  registered: number;
  attended: number;
  cancelled: number;
  noShow: number;
  frenchCollectivities: number;
  countries: number;
  foreignCountries: number;
  foreignDelegations: number;
  embassies: number;
  speakers: number;
  partners: number;
  sessionsByKind: { kind: string; count: number }[];
  participantsByRole: { role: string; count: number }[];
  participantsByCountry: { countryCode: string; count: number }[];
}

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

export const ParticipationStatusChip = ({ status }: { status: string }) => {
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
