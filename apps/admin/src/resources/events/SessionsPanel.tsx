import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, IconButton, Link, Tooltip } from '@mui/material';
import { Fragment, useState } from 'react';
import {
  DataTable,
  DateTimeInput,
  LinkBase,
  NumberInput,
  SelectInput,
  TextInput,
  minValue,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DeleteRowButton } from '../shared/DeleteRowButton';
import { FormDialog } from '../shared/FormDialog';
import { NestedList } from '../shared/NestedList';
import { ContactsInput } from '../shared/pickers';
import { isRequired } from '../shared/validators';
import { sessionKindChoices } from './choices';
import { formatDateTime, personName, SessionKindChip, type EventRecord, type EventSession } from './fields';

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

/** A column of the programme's table. */
const Column = DataTable.Col<EventSession>;

const Speakers = ({ session }: { session: EventSession }) =>
  session.speakers.length === 0
    ? '—'
    : session.speakers.map((speaker, index) => (
        <Fragment key={speaker.id}>
          {index > 0 && ', '}
          <Link component={LinkBase} to={`/contacts/${speaker.id}/show`} underline="hover">
            {personName(speaker)}
          </Link>
        </Fragment>
      ));

/** "Programme": the edition's sessions by time, their speakers; staff add, change and remove them. */
export const SessionsPanel = () => {
  const event = useRecordContext<EventRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [adding, setAdding] = useState(false);
  if (!event) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <Button variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {translate('resources.eventSessions.add')}
        </Button>
        <SessionDialog event={event} open={adding} onClose={() => setAdding(false)} />
      </Box>
      <NestedList<EventSession>
        reference="eventSessions"
        target="eventId"
        empty="resources.eventSessions.empty"
        skeletonHeight={80}
      >
        {({ data }) => (
          <DataTable<EventSession>
            data={sortSessions(data ?? [])}
            bulkActionButtons={false}
            rowClick={false}
            data-testid="event-sessions"
          >
            <Column
              label="resources.eventSessions.fields.startsAt"
              render={(session) => (session.startsAt ? formatDateTime(session.startsAt, locale) : '—')}
              sx={{ whiteSpace: 'nowrap' }}
            />
            <Column
              label="resources.eventSessions.fields.durationMinutes"
              render={(session) =>
                session.durationMinutes
                  ? translate('resources.eventSessions.minutes', { smart_count: session.durationMinutes })
                  : '—'
              }
              sx={{ whiteSpace: 'nowrap' }}
            />
            <Column label="resources.eventSessions.fields.kind" render={(session) => <SessionKindChip kind={session.kind} />} />
            <Column label="resources.eventSessions.fields.title" render={(session) => session.title} sx={{ fontWeight: 500 }} />
            <Column label="resources.eventSessions.fields.room" render={(session) => session.room ?? '—'} />
            <Column label="resources.eventSessions.fields.speakers" render={(session) => <Speakers session={session} />} />
            <Column
              align="right"
              render={(session) => (
                <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                  <EditSessionButton event={event} session={session} />
                  <DeleteRowButton resource="eventSessions" record={session} translateOptions={{ title: session.title }} />
                </Box>
              )}
            />
          </DataTable>
        )}
      </NestedList>
    </Box>
  );
};

export default SessionsPanel;
