import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';
import { Chip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { countryName } from '../../i18n/countries';
import { MEMBERSHIP_STATUS_COLORS } from './choices';

type Place = Selected<Api.Collectivity['region'], 'id' | 'name'> & SomeFields<Api.Collectivity, 'inseeCode'>;

export type Collectivity = Fields<
  Api.Collectivity,
  | 'id'
  | 'name'
  | 'kind'
  | 'countryCode'
  | 'postalCodes'
  | 'membershipStatus'
  | 'fromReferential'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> &
  SomeFields<
    Api.Collectivity,
    | 'inseeCode'
    | 'siren'
    | 'regionCode'
    | 'departmentCode'
    | 'population'
    | 'address'
    | 'website'
    | 'email'
    | 'phone'
    | 'memberSince'
    | 'memberUntil'
    | 'notes'
  > & {
    region?: Place | null;
    department?: Place | null;
  };

/** "Côte-d'Or (21)" — the way French staff name a département or a région. */
const EMPTY = '—';

const Text = ({ children }: { children: string }) => (
  <Typography variant="body2" component="span" color={children === EMPTY ? 'text.secondary' : undefined}>
    {children}
  </Typography>
);

export function placeLabel(place: Pick<Place, 'name' | 'inseeCode'> | null | undefined, code?: string | null) {
  if (place) return place.inseeCode ? `${place.name} (${place.inseeCode})` : place.name;
  return code ?? '';
}

export const DepartmentField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  if (!record) return null;
  return <Text>{placeLabel(record.department, record.departmentCode) || EMPTY}</Text>;
};

export const RegionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  if (!record) return null;
  return <Text>{placeLabel(record.region, record.regionCode) || EMPTY}</Text>;
};

export const KindField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  const translate = useTranslate();
  if (!record?.kind) return null;
  return (
    <Typography variant="body2" component="span">
      {translate(`territoria.kinds.${record.kind}`, { _: record.kind })}
    </Typography>
  );
};

export const MembershipStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  const translate = useTranslate();
  if (!record?.membershipStatus) return null;
  return (
    <Chip
      size="small"
      data-testid="membership-status"
      color={MEMBERSHIP_STATUS_COLORS[record.membershipStatus] ?? 'default'}
      variant={record.membershipStatus === 'NONE' ? 'outlined' : 'filled'}
      sx={{ alignSelf: 'flex-start', width: 'fit-content' }}
      label={translate(`territoria.membershipStatuses.${record.membershipStatus}`, { _: record.membershipStatus })}
    />
  );
};

export const CountryField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  const [locale] = useLocaleState();
  if (!record?.countryCode) return null;
  return (
    <Typography variant="body2" component="span">
      {countryName(record.countryCode, locale)}
    </Typography>
  );
};

export const PostalCodesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  if (!record) return null;
  return <Text>{record.postalCodes?.length ? record.postalCodes.join(', ') : EMPTY}</Text>;
};

/** French grouping: 159 346 (narrow no-break space), not 159,346. */
export function useNumberFormat() {
  const [locale] = useLocaleState();
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 });
}

export const PopulationField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Collectivity>();
  const format = useNumberFormat();
  if (!record) return null;
  if (record.population == null) return <Text>{EMPTY}</Text>;
  return (
    <Typography variant="body2" component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {format.format(record.population)}
    </Typography>
  );
};
