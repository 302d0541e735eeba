import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { useRunAction } from '../shared/useRunAction';

/**
 * After the day: the registrations never checked in are marked absent, so the edition's figures
 * tell registered, present and absent apart. Offered once the edition has started, while some
 * registrations still wait; a late arrival can still be checked in afterwards.
 */
export const MarkAbsenteesButton = ({
  eventId,
  startsOn,
  waiting,
  onDone,
}: {
  eventId: string;
  startsOn: string;
  waiting: number;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const runAction = useRunAction();
  const [open, setOpen] = useState(false);
  const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD, in the desk's own time zone
  if (waiting <= 0 || startsOn > today) return null;
  return (
    <>
      <Button color="inherit" startIcon={<EventBusyIcon />} onClick={() => setOpen(true)}>
        {translate('resources.participations.checkIn.mark_absentees')}
      </Button>
      <Confirm
        isOpen={open}
        title="resources.participations.checkIn.mark_absentees_title"
        content="resources.participations.checkIn.mark_absentees_content"
        translateOptions={{ smart_count: waiting }}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false);
          try {
            const { data } = await runAction<Fields<Api.MarkAbsenteesResult, 'markedAbsent'>>('participations', {
              action: 'markAbsentees',
              data: { eventId },
            });
            notify('resources.participations.checkIn.marked_absent', {
              type: 'info',
              messageArgs: { smart_count: data.markedAbsent },
            });
            onDone();
          } catch (error) {
            notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
          }
        }}
      />
    </>
  );
};
