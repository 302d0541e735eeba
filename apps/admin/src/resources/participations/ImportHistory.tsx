import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useLocaleState, useTranslate } from 'react-admin';
import { errorReasonOf } from '../../providers/errors';
import { formatDateTime } from '../../util/dates';
import { useRunAction } from '../shared/useRunAction';
import { type ImportRecord, type ImportResult, type UndoResult } from './importRows';
import { WRAP } from './importWording';

export const ResultSummary = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const text = [
    translate('resources.participations.import.result.created', { smart_count: result.participationsCreated }),
    translate('resources.participations.import.result.contacts', { smart_count: result.contactsCreated }),
    ...(result.positionsCreated > 0
      ? [translate('resources.participations.import.result.positions', { smart_count: result.positionsCreated })]
      : []),
    ...(result.statusesUpdated
      ? [translate('resources.participations.import.result.statuses', { smart_count: result.statusesUpdated })]
      : []),
    translate('resources.participations.import.result.unchanged', { smart_count: result.unchanged }),
    translate('resources.participations.import.result.skipped', { smart_count: result.skipped }),
  ].join(', ');
  return (
    <Alert severity="success" data-testid="import-result">
      {text}
    </Alert>
  );
};

/** An undo's refusal in the console's words: the participations changed since are named. */
function undoRefusal(error: unknown, translate: (key: string, options?: Record<string, unknown>) => string): string {
  const extensions = (
    error as { body?: { extensions?: { changedCount?: number; participations?: { name: string | null }[] } } } | null
  )?.body?.extensions;
  if (errorReasonOf(error) === 'CHANGED_SINCE') {
    const names = (extensions?.participations ?? []).map(
      (participation) => participation.name ?? translate('resources.participations.import.undo.deleted'),
    );
    const count = extensions?.changedCount ?? names.length;
    return translate('resources.participations.import.undo.changed_since', {
      smart_count: count,
      names: names.slice(0, 10).join(', ') + (count > 10 ? '…' : ''),
    });
  }
  return (error as Error)?.message || translate('ra.notification.http_error');
}

/** Undoes one import as a whole, after a confirmation. */
export const UndoImportButton = ({
  record,
  onDone,
}: {
  record: Pick<ImportRecord, 'id' | 'fileName' | 'participationsCreated' | 'statusesUpdated'>;
  onDone: (result: UndoResult | null, error: string | null) => void;
}) => {
  const translate = useTranslate();
  const runAction = useRunAction();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button
        size="small"
        color="warning"
        variant="outlined"
        startIcon={<UndoIcon />}
        disabled={busy}
        onClick={() => setOpen(true)}
        data-testid="import-undo"
      >
        {translate('resources.participations.import.undo.button')}
      </Button>
      <Confirm
        isOpen={open}
        title="resources.participations.import.undo.title"
        content="resources.participations.import.undo.content"
        translateOptions={{ file: record.fileName, smart_count: record.participationsCreated, statuses: record.statusesUpdated }}
        confirm="resources.participations.import.undo.confirm"
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false);
          setBusy(true);
          try {
            const { data } = await runAction<UndoResult>('participations', { action: 'undoImport', id: record.id });
            onDone(data, null);
          } catch (error) {
            onDone(null, undoRefusal(error, translate));
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
};

export const UndoSummary = ({ result }: { result: UndoResult }) => {
  const translate = useTranslate();
  return (
    <Alert severity="info" data-testid="import-undone">
      {translate('resources.participations.import.undo.done', {
        smart_count: result.participationsDeleted,
        statuses: result.statusesRestored,
        contacts: result.contactsDeleted,
      })}
    </Alert>
  );
};

/** The edition's imports: who imported which file when, what it did; each undone as a whole. */
export const ImportHistory = ({ eventId, onUndone }: { eventId: string; onUndone: (result: UndoResult) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const runAction = useRunAction();
  const [message, setMessage] = useState<{ severity: 'info' | 'error'; text: string } | null>(null);
  const { data, refetch } = useQuery({
    queryKey: ['participationImports', eventId],
    queryFn: async () => (await runAction<ImportRecord[]>('participations', { action: 'imports', data: { eventId } })).data,
    enabled: Boolean(eventId),
  });
  if (!data || data.length === 0) return null;
  return (
    <Box data-testid="import-history" sx={{ mt: 3 }}>
      <Typography variant="h6">{translate('resources.participations.import.history.title')}</Typography>
      {message && (
        <Alert
          severity={message.severity}
          sx={{ my: 1 }}
          data-testid="import-history-message"
          role={message.severity === 'error' ? 'alert' : undefined}
        >
          {message.text}
        </Alert>
      )}
      <Table size="small" sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '18%' }}>{translate('resources.participations.import.history.when')}</TableCell>
            <TableCell sx={{ width: '24%' }}>{translate('resources.participations.import.history.file')}</TableCell>
            <TableCell sx={{ width: '16%' }}>{translate('resources.participations.import.history.who')}</TableCell>
            <TableCell sx={{ width: '24%' }}>{translate('resources.participations.import.history.what')}</TableCell>
            <TableCell sx={{ width: '18%' }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((record) => (
            <TableRow key={record.id} data-testid="import-history-row" sx={{ '& td': WRAP, verticalAlign: 'top' }}>
              <TableCell>{formatDateTime(record.importedAt, locale)}</TableCell>
              <TableCell>{record.fileName}</TableCell>
              <TableCell>{record.importedBy}</TableCell>
              <TableCell>
                {translate('resources.participations.import.history.counts', {
                  smart_count: record.participationsCreated,
                  statuses: record.statusesUpdated,
                  contacts: record.contactsCreated,
                })}
              </TableCell>
              <TableCell>
                {record.undoneAt ? (
                  <Typography variant="body2" color="text.secondary">
                    {translate('resources.participations.import.history.undone', {
                      when: formatDateTime(record.undoneAt, locale),
                      who: record.undoneBy ?? '',
                    })}
                  </Typography>
                ) : (
                  <UndoImportButton
                    record={record}
                    onDone={(result, error) => {
                      setMessage(
                        result
                          ? {
                              severity: 'info',
                              text: translate('resources.participations.import.undo.done', {
                                smart_count: result.participationsDeleted,
                                statuses: result.statusesRestored,
                                contacts: result.contactsDeleted,
                              }),
                            }
                          : { severity: 'error', text: error ?? '' },
                      );
                      void refetch();
                      if (result) onUndone(result);
                    }}
                  />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
