import type * as Api from '@territoria/client';
import type { Fields, Selected } from '../../providers/records';
import { Chip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import { formatDateTime } from '../../util/dates';

export type Participation = Fields<
  Api.Participation,
  | 'id'
  | 'eventId'
  | 'contactId'
  | 'collectivityId'
  | 'partnerId'
  | 'organisationName'
  | 'displayName'
  | 'organisationDisplayName'
  | 'role'
  | 'status'
  | 'countryCode'
  | 'registeredAt'
  | 'checkedInAt'
  | 'notes'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> & {
  event?: Selected<Api.Participation['event'], 'id' | 'title' | 'year' | 'editionNumber'> | null;
};

/** What a check-in answers: the registration, and whether another desk had checked it in already. */
export type CheckInResult = Fields<Api.CheckInResult, 'alreadyCheckedIn'> & { participation: Participation };

const STATUS_COLORS: Record<Api.ParticipationStatus, 'default' | 'success' | 'error' | 'warning' | 'info'> = {
  REGISTERED: 'info',
  ATTENDED: 'success',
  CANCELLED: 'default',
  NO_SHOW: 'warning',
};

export const ParticipationStatusChip = ({ status }: { status: Api.ParticipationStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      data-testid="participation-status"
      color={STATUS_COLORS[status] ?? 'default'}
      variant={status === 'CANCELLED' ? 'outlined' : 'filled'}
      label={translate(`territoria.participationStatuses.${status}`, { _: status })}
    />
  );
};

export const ParticipationStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Participation>();
  return record?.status ? <ParticipationStatusChip status={record.status} /> : null;
};

export const ParticipationRoleField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Participation>();
  const translate = useTranslate();
  if (!record?.role) return null;
  return (
    <Typography variant="body2" component="span">
      {translate(`territoria.participationRoles.${record.role}`, { _: record.role })}
    </Typography>
  );
};

/** The country represented, in the console's language ("Mali"), "—" when unknown. */
export const CountryField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Participation>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" color={record.countryCode ? undefined : 'text.secondary'}>
      {record.countryCode ? countryName(record.countryCode, locale) : '—'}
    </Typography>
  );
};

/** A moment of the registration ("12 mars 2025, 09:42"), "—" when empty. */
export const MomentField = ({ source }: { source: 'registeredAt' | 'checkedInAt'; label?: string }) => {
  const record = useRecordContext<Participation>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const value = record[source];
  return (
    <Typography variant="body2" component="span" color={value ? undefined : 'text.secondary'} sx={{ whiteSpace: 'nowrap' }}>
      {value ? formatDateTime(value, locale) : '—'}
    </Typography>
  );
};

export const OrganisationField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Participation>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" color={record.organisationDisplayName ? undefined : 'text.secondary'}>
      {record.organisationDisplayName ?? '—'}
    </Typography>
  );
};

/** "/participations?filter={"eventId":…}": an edition's participants (the events pages link here too). */
export function participantsPath(eventId: string): string {
  return `/participations?filter=${encodeURIComponent(JSON.stringify({ eventId }))}`;
}
