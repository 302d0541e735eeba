import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Button,
  IconButton,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { Fragment, useState } from 'react';
import {
  DateTimeInput,
  LinkBase,
  NumberInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DeleteRowButton } from '../shared/DeleteRowButton';
import { FormDialog } from '../shared/FormDialog';
import { ContactsInput } from '../shared/pickers';
import { useOperation } from '../useOperation';
import { sessionKindChoices } from './choices';
import { formatDateTime, personName, SessionKindChip, type EventRecord, type EventSession } from './fields';

const isRequired = required('territoria.errors.fields.required');

interface SessionValues {
  title: string;
  kind: string;
  startsAt?: string | null;
  durationMinutes?: number | null;
  room?: string | null;
  description?: string | null;
  speakerIds?: string[];
}

/** By start time, the sessions without one last (the API's order, kept when a session moves). */
export function sortSessions(sessions: readonly EventSession[]): EventSession[] {
  return [...sessions].sort((a, b) => {
    if (!a.startsAt || !b.startsAt) return a.startsAt ? -1 : b.startsAt ? 1 : a.title.localeCompare(b.title);
    return a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title);
  });
}

const asFormValues = (session: EventSession) => ({ ...session, speakerIds: session.speakers.map((speaker) => speaker.id) });

/** Adding or changing a session: the same form, in a dialog. */
const SessionDialog = ({
  event,
  session,
  open,
  onClose,
}: {
  event: EventRecord;
  session?: EventSession;
  open: boolean;
  onClose: () => void;
}) => {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  return (
    <FormDialog<SessionValues>
      open={open}
      onClose={onClose}
      title={session ? 'resources.eventSessions.editTitle' : 'resources.eventSessions.addTitle'}
      titleOptions={{ title: session?.title ?? event.title }}
      submitLabel={session ? 'ra.action.save' : 'resources.eventSessions.add'}
      submitIcon={session ? undefined : <AddIcon />}
      // a new session starts on the edition's first day, in the morning
      defaultValues={session ? asFormValues(session) : { kind: 'WORKSHOP', startsAt: `${event.startsOn}T09:00`, speakerIds: [] }}
      done={session ? 'resources.eventSessions.updated' : 'resources.eventSessions.added'}
      onSubmit={async (values) => {
        if (session) {
          await dataProvider.update('eventSessions', { id: session.id, data: values, previousData: asFormValues(session) });
        } else {
          await dataProvider.create('eventSessions', { data: { ...values, eventId: event.id } });
        }
        refresh();
      }}
    >
      <TextInput source="title" label="resources.eventSessions.fields.title" validate={isRequired} fullWidth />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectInput
          source="kind"
          label="resources.eventSessions.fields.kind"
          choices={sessionKindChoices}
          validate={isRequired}
        />
        <DateTimeInput source="startsAt" label="resources.eventSessions.fields.startsAt" />
        <NumberInput
          source="durationMinutes"
          label="resources.eventSessions.fields.durationMinutes"
          step={5}
          validate={minValue(1, 'territoria.errors.fields.min')}
          sx={{ maxWidth: 160 }}
        />
      </Box>
      <TextInput source="room" label="resources.eventSessions.fields.room" fullWidth />
      <ContactsInput
        source="speakerIds"
        label="resources.eventSessions.fields.speakers"
        helperText="resources.eventSessions.helpers.speakers"
      />
      <TextInput source="description" label="resources.eventSessions.fields.description" multiline minRows={2} fullWidth />
    </FormDialog>
  );
};

const EditSessionButton = ({ event, session }: { event: EventRecord; session: EventSession }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={translate('ra.action.edit')}>
        <IconButton size="small" aria-label={translate('ra.action.edit')} onClick={() => setOpen(true)}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <SessionDialog event={event} session={session} open={open} onClose={() => setOpen(false)} />
    </>
  );
};

/** "Programme": the edition's sessions by time, their speakers; staff add, change and remove them. */
export const SessionsPanel = () => {
  const event = useRecordContext<EventRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [adding, setAdding] = useState(false);
  const { data, isPending, error } = useOperation<{ sessions: EventSession[] }>(
    'eventSessions',
    { id: event?.id },
    { enabled: Boolean(event?.id) },
  );
  if (!event) return null;
  const sessions = sortSessions(data?.sessions ?? []);
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <Button variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {translate('resources.eventSessions.add')}
        </Button>
        <SessionDialog event={event} open={adding} onClose={() => setAdding(false)} />
      </Box>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={80} />
      ) : sessions.length === 0 ? (
        <Typography color="text.secondary">{translate('resources.eventSessions.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="event-sessions">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.eventSessions.fields.startsAt')}</TableCell>
              <TableCell>{translate('resources.eventSessions.fields.durationMinutes')}</TableCell>
              <TableCell>{translate('resources.eventSessions.fields.kind')}</TableCell>
              <TableCell>{translate('resources.eventSessions.fields.title')}</TableCell>
              <TableCell>{translate('resources.eventSessions.fields.room')}</TableCell>
              <TableCell>{translate('resources.eventSessions.fields.speakers')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {sessions.map((session) => (
              <TableRow key={session.id} data-testid="event-session">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {session.startsAt ? formatDateTime(session.startsAt, locale) : '—'}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {session.durationMinutes
                    ? translate('resources.eventSessions.minutes', { smart_count: session.durationMinutes })
                    : '—'}
                </TableCell>
                <TableCell>
                  <SessionKindChip kind={session.kind} />
                </TableCell>
                <TableCell sx={{ fontWeight: 500 }}>{session.title}</TableCell>
                <TableCell>{session.room ?? '—'}</TableCell>
                <TableCell>
                  {session.speakers.length === 0
                    ? '—'
                    : session.speakers.map((speaker, index) => (
                        <Fragment key={speaker.id}>
                          {index > 0 && ', '}
                          <Link component={LinkBase} to={`/contacts/${speaker.id}/show`} underline="hover">
                            {personName(speaker)}
                          </Link>
                        </Fragment>
                      ))}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <EditSessionButton event={event} session={session} />
                  <DeleteRowButton resource="eventSessions" record={session} translateOptions={{ title: session.title }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

export default SessionsPanel;
