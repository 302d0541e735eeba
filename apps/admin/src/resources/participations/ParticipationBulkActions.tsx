import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import DeleteIcon from '@mui/icons-material/Delete';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { useRunAction } from '../shared/useRunAction';

type BulkStatus = Exclude<Api.ParticipationStatus, 'REGISTERED'>;

const ACTIONS: { status: BulkStatus; key: string; icon: ReactElement }[] = [
  { status: 'ATTENDED', key: 'present', icon: <HowToRegIcon /> },
  { status: 'NO_SHOW', key: 'absent', icon: <EventBusyIcon /> },
  { status: 'CANCELLED', key: 'cancel', icon: <EventAvailableIcon /> },
];

/** A refusal of a bulk action, in the console's words: one of the registrations chosen is gone. */
function bulkRefusal(error: unknown, translate: (key: string, options?: Record<string, unknown>) => string): string {
  const body = (error as { body?: { code?: string; extensions?: { ids?: unknown[] } } } | null)?.body;
  if (body?.code === 'NOT_FOUND')
    return translate('resources.participations.bulk.not_found', { smart_count: body.extensions?.ids?.length ?? 1 });
  return (error as Error)?.message || translate('ra.notification.http_error');
}

/**
 * The participants list's bulk actions: the registrations selected marked present, absent or
 * cancelled, or deleted, all at once or none (the API refuses the whole when one is gone), each
 * change traced as a single one is.
 */
export const ParticipationBulkActions = () => {
  const { selectedIds = [], resource = 'participations' } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const runAction = useRunAction();
  const [confirming, setConfirming] = useState<BulkStatus | 'DELETE' | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = selectedIds.map(String);
  const count = ids.length;

  const run = async (what: BulkStatus | 'DELETE') => {
    setConfirming(null);
    setBusy(true);
    try {
      if (what === 'DELETE') {
        const { data } = await runAction<Fields<Api.DeleteParticipationsResult, 'deleted'>>('participations', {
          action: 'deleteMany',
          data: { ids },
        });
        notify('resources.participations.bulk.deleted', { type: 'info', messageArgs: { smart_count: data.deleted } });
      } else {
        const { data } = await runAction<Fields<Api.BulkParticipationsResult, 'changed'>>('participations', {
          action: 'setStatus',
          data: { ids, status: what },
        });
        notify('resources.participations.bulk.changed', {
          type: 'info',
          messageArgs: { smart_count: data.changed, status: translate(`territoria.participationStatuses.${what}`) },
        });
      }
      unselectAll();
      refresh();
    } catch (error) {
      notify(bulkRefusal(error, translate), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {ACTIONS.map(({ status, key, icon }) => (
        <Button
          key={status}
          label={`resources.participations.bulk.${key}`}
          disabled={busy}
          onClick={() => setConfirming(status)}
          data-testid={`bulk-${key}`}
        >
          {icon}
        </Button>
      ))}
      <Button
        label="resources.participations.bulk.delete"
        color="error"
        disabled={busy}
        onClick={() => setConfirming('DELETE')}
        data-testid="bulk-delete"
      >
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={confirming !== null}
        title={
          confirming === 'DELETE' ? 'resources.participations.bulk.delete_title' : 'resources.participations.bulk.confirm_title'
        }
        content={
          confirming === 'DELETE'
            ? 'resources.participations.bulk.delete_content'
            : 'resources.participations.bulk.confirm_content'
        }
        translateOptions={{
          smart_count: count,
          status: confirming && confirming !== 'DELETE' ? translate(`territoria.participationStatuses.${confirming}`) : '',
        }}
        confirmColor={confirming === 'DELETE' ? 'warning' : 'primary'}
        onClose={() => setConfirming(null)}
        onConfirm={() => (confirming ? run(confirming) : undefined)}
      />
    </>
  );
};

export default ParticipationBulkActions;
