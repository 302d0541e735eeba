import { Alert, Box, Button, Card, CardContent, Chip, Divider, Skeleton, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { useCanAccess, useGetManyReference, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { AuditChanges } from './AuditChanges';
import { actionLabel, actorName, formatDateTime, type AuditEntry } from './format';

const PAGE = 20;

const ACTION_COLORS: Record<string, 'success' | 'info' | 'error'> = { CREATE: 'success', UPDATE: 'info', DELETE: 'error' };

/**
 * "Historique" of the record in context (API: history(entityType, entityId), ADMIN and STAFF):
 * newest first, each entry with its date, who, the action and the changed fields, before → after.
 * Not shown to roles that may not read it.
 */
export const RecordHistory = ({ entityType }: { entityType: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [perPage, setPerPage] = useState(PAGE);
  const { canAccess } = useCanAccess({ resource: 'history', action: 'list' });
  const { data, total, isPending, error } = useGetManyReference<AuditEntry>(
    'history',
    {
      target: 'entityId',
      id: record?.id ?? '',
      filter: { entityType },
      pagination: { page: 1, perPage },
      sort: { field: 'at', order: 'DESC' },
    },
    { enabled: Boolean(record?.id) && canAccess === true },
  );
  if (!record || !canAccess) return null;

  return (
    <Card component="section" sx={{ mt: 2 }} data-testid="record-history" aria-labelledby="record-history-title">
      <CardContent>
        <Typography variant="h6" component="h2" id="record-history-title" sx={{ mb: 1 }}>
          {translate('territoria.audit.history.title')}
        </Typography>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : isPending ? (
          <Skeleton variant="rectangular" height={80} />
        ) : !data || data.length === 0 ? (
          <Typography color="text.secondary">{translate('territoria.audit.history.empty')}</Typography>
        ) : (
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {data.map((entry, index) => (
              <Fragment key={entry.id}>
                {index > 0 && <Divider component="li" aria-hidden sx={{ my: 1 }} />}
                <Box component="li" data-testid="history-entry">
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
                    <Typography variant="body2" component="time" dateTime={entry.at} sx={{ fontWeight: 600 }}>
                      {formatDateTime(entry.at, locale)}
                    </Typography>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={ACTION_COLORS[entry.action] ?? 'default'}
                      label={actionLabel(entry.action, translate)}
                    />
                    <Typography variant="body2" color="text.secondary" data-testid="history-actor">
                      {translate('territoria.audit.history.by', { actor: actorName(entry, translate) })}
                    </Typography>
                  </Box>
                  <AuditChanges entry={entry} />
                </Box>
              </Fragment>
            ))}
          </Box>
        )}
        {total !== undefined && data && total > data.length && (
          <Button sx={{ mt: 1 }} onClick={() => setPerPage((count) => count + PAGE)}>
            {translate('territoria.audit.history.older')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};

export default RecordHistory;
