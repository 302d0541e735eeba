import type * as Api from '@territoria/client';
import type { Fields, Selected } from '../../providers/records';
import { Box, Chip, Typography } from '@mui/material';
import { PRESIDING_ROLES } from '@territoria/domain';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import type { Cooperation } from '../cooperations/types';

export type Officer = Fields<Api.GroupOffice, 'id' | 'role' | 'startedOn' | 'endedOn' | 'current' | 'contactId'> & {
  contact: Selected<Api.GroupOffice['contact'], 'id' | 'firstName' | 'lastName'> | null;
};

export type Group = Fields<
  Api.Group,
  'id' | 'kind' | 'name' | 'description' | 'allowsCoPresidency' | 'version' | 'memberCount' | 'createdAt' | 'updatedAt'
> & {
  officers: Officer[];
  /** Country groups */
  countries?: Api.CountryGroup['countries'];
  /** Thematic groups */
  theme?: Api.ThematicGroup['theme'];
  /** Country groups, read with the whole record */
  cooperations?: Cooperation[];
};

export const officerName = (officer: Pick<Officer, 'contact'>) =>
  officer.contact ? `${officer.contact.firstName} ${officer.contact.lastName}`.trim() : '—';

/** The people presiding the group today. */
export const currentPresidents = (group: Pick<Group, 'officers'> | undefined) =>
  (group?.officers ?? []).filter((officer) => officer.current && (PRESIDING_ROLES as readonly string[]).includes(officer.role));

/** "Mali, Sénégal": a country group's countries by name, in the console's language. */
export const CountriesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Group>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {(record.countries ?? []).map((code) => (
        <Chip key={code} size="small" variant="outlined" label={countryName(code, locale)} />
      ))}
    </Box>
  );
};

/** "Jeanne Martin (Président(e))", or "Présidence vacante". */
export const PresidentsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Group>();
  const translate = useTranslate();
  if (!record) return null;
  const presidents = currentPresidents(record);
  if (presidents.length === 0) {
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        {translate('territoria.groups.officers.vacant')}
      </Typography>
    );
  }
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
      {presidents.map((officer) => (
        <Typography variant="body2" component="span" key={officer.id}>
          {officerName(officer)} ({translate(`territoria.officerRoles.${officer.role}`, { _: officer.role })})
        </Typography>
      ))}
    </Box>
  );
};

export const GroupKindField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Group>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" variant="outlined" label={translate(`territoria.groupKinds.${record.kind}`, { _: record.kind })} />;
};
