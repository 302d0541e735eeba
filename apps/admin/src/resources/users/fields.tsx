import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Chip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { ROLE_COLORS } from './choices';

export type User = Fields<
  Api.User,
  'id' | 'email' | 'displayName' | 'role' | 'active' | 'linkedContactId' | 'lastSignInAt' | 'version' | 'createdAt' | 'updatedAt'
>;

export const RoleField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record?.role) return null;
  return (
    <Chip
      size="small"
      color={ROLE_COLORS[record.role] ?? 'default'}
      variant={record.role === 'GROUP_PRESIDENT' ? 'outlined' : 'filled'}
      label={translate(`territoria.roles.${record.role}`, { _: record.role })}
    />
  );
};

/** "12 mars 2025 à 14:05", or "Jamais". */
export const LastSignInField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" color={record.lastSignInAt ? undefined : 'text.secondary'}>
      {record.lastSignInAt
        ? new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(record.lastSignInAt),
          )
        : translate('resources.users.never')}
    </Typography>
  );
};
