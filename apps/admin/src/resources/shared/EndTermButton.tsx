import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Button } from '@mui/material';
import { useState } from 'react';
import { DateInput, required, useRefresh, useTranslate } from 'react-admin';
import { todayIso } from '../../util/dates';
import { FormDialog } from './FormDialog';

export interface EndTermButtonProps {
  /** Translation keys: the button (also the submit label), the dialog title, the date input, the notification. */
  label: string;
  title: string;
  titleOptions?: Record<string, unknown>;
  intro?: string;
  dateLabel: string;
  done: string;
  /** Records the end of the term (a mandate, an office) on the chosen day. */
  onEnd: (endedOn: string) => Promise<unknown>;
}

/** "Terminer": ends a term on a chosen day (today by default); the record and its history stay. */
export const EndTermButton = ({ label, title, titleOptions, intro, dateLabel, done, onEnd }: EndTermButtonProps) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<EventBusyIcon />} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <FormDialog<{ endedOn: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        titleOptions={titleOptions}
        intro={intro}
        submitLabel={label}
        submitIcon={<EventBusyIcon />}
        defaultValues={{ endedOn: todayIso() }}
        done={done}
        onSubmit={async ({ endedOn }) => {
          await onEnd(endedOn);
          refresh();
        }}
      >
        <DateInput source="endedOn" label={dateLabel} validate={required('territoria.errors.fields.required')} fullWidth />
      </FormDialog>
    </>
  );
};
