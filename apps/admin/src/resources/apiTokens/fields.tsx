import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { scopeLabelKey } from './choices';

export type ApiToken = Fields<
  Api.ApiToken,
  'id' | 'name' | 'prefix' | 'scopes' | 'expiresAt' | 'revokedAt' | 'lastUsedAt' | 'createdById' | 'createdAt'
> & {
  /** Only in the answer to its creation, shown once. */
  secret?: Api.CreatedApiToken['secret'];
};

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: Pick<ApiToken, 'expiresAt' | 'revokedAt'>, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

function useDateFormat(withTime: boolean) {
  const [locale] = useLocaleState();
  return new Intl.DateTimeFormat(
    intlLocale(locale),
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  );
}

export const PrefixField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiToken>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
      {record.prefix}…
    </Typography>
  );
};

export const ScopesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {(record.scopes ?? []).map((scope) => (
        <Tooltip key={scope} title={scope}>
          <Chip size="small" variant="outlined" label={translate(scopeLabelKey(scope), { _: scope })} />
        </Tooltip>
      ))}
    </Box>
  );
};

export const ExpiresAtField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiToken>();
  const format = useDateFormat(false);
  if (!record) return null;
  return (
    <Typography variant="body2" component="span">
      {format.format(new Date(record.expiresAt))}
    </Typography>
  );
};

export const LastUsedField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  const format = useDateFormat(true);
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" color={record.lastUsedAt ? undefined : 'text.secondary'}>
      {record.lastUsedAt ? format.format(new Date(record.lastUsedAt)) : translate('resources.apiTokens.never')}
    </Typography>
  );
};

const STATUS_COLORS: Record<TokenStatus, 'success' | 'default' | 'error'> = {
  active: 'success',
  expired: 'default',
  revoked: 'error',
};

/** Actif / Expiré / Révoqué (with the revocation date). */
export const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiToken>();
  const translate = useTranslate();
  const format = useDateFormat(true);
  if (!record) return null;
  const status = tokenStatus(record);
  const chip = (
    <Chip
      size="small"
      data-testid="api-token-status"
      color={STATUS_COLORS[status]}
      variant={status === 'active' ? 'filled' : 'outlined'}
      label={translate(`resources.apiTokens.status.${status}`)}
    />
  );
  if (status !== 'revoked' || !record.revokedAt) return chip;
  return (
    <Tooltip title={`${translate('resources.apiTokens.fields.revokedAt')} ${format.format(new Date(record.revokedAt))}`}>
      {chip}
    </Tooltip>
  );
};
