import EventBusyIcon from '@mui/icons-material/EventBusy';
import { DateInput, required, useRefresh } from 'react-admin';
import { todayIso } from '../../util/dates';
import { FormDialogButton } from './FormDialogButton';

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
  const refresh = useRefresh();
  return (
    <FormDialogButton<{ endedOn: string }>
      buttonLabel={label}
      icon={<EventBusyIcon />}
      placement="row"
      title={title}
      titleOptions={titleOptions}
      intro={intro}
      submitLabel={label}
      defaultValues={{ endedOn: todayIso() }}
      done={done}
      onSubmit={async ({ endedOn }) => {
        await onEnd(endedOn);
        refresh();
      }}
    >
      <DateInput source="endedOn" label={dateLabel} validate={required('territoria.errors.fields.required')} fullWidth />
    </FormDialogButton>
  );
};
