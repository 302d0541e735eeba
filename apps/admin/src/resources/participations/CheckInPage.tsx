import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import SearchIcon from '@mui/icons-material/Search';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  InputAdornment,
  LinearProgress,
  Link as MuiLink,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useParams } from 'react-router-dom';
import { LinkBase, SelectInput, TextInput, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatDay, formatTime, todayIso } from '../../util/dates';
import { participationRoleChoices } from '../events/choices';
import { FormDialogButton } from '../shared/FormDialogButton';
import { CollectivityInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';
import { useOperation } from '../useOperation';
import { ParticipationStatusChip, participantsPath, type CheckInResult, type Participation } from './fields';
import { MarkAbsenteesButton } from './MarkAbsenteesButton';
import { isBadgeCode, ScanOutcomeAlert, useScanCheckIn } from './ScanCheckIn';

/** Rows shown at once: the door needs the few people matching what was typed, not the whole list. */
export const CHECK_IN_ROWS = 20;
/** Typing pause before the search runs: fast enough for a queue, without a request per key. */
export const SEARCH_DEBOUNCE_MS = 200;

interface RowState {
  /** The registration as the API last answered it (after a check-in or its undo). */
  participation?: Participation;
  /** Another desk had checked the person in already: when. */
  alreadyAt?: string | null;
  /** A refusal, in the console's language (a cancelled registration…). */
  error?: string;
}

type EventHeading = Fields<Api.Event, 'id' | 'title' | 'startsOn'> & SomeFields<Api.Event, 'endsOn'>;

interface WalkInValues {
  firstName?: string;
  lastName?: string;
  email?: string;
  collectivityId?: string;
  organisationName?: string;
  role: string;
}

/** Someone at the door who did not register: registered and checked in at once (a new contact if need be). */
const WalkInButton = ({ eventId, onDone }: { eventId: string; onDone: (participation: Participation) => void }) => {
  const runAction = useRunAction();
  const text = (value: string | undefined) => value?.trim() || null;
  return (
    <FormDialogButton<WalkInValues>
      buttonLabel="resources.participations.checkIn.walk_in"
      icon={<PersonAddIcon />}
      title="resources.participations.checkIn.walk_in_title"
      intro="resources.participations.checkIn.walk_in_intro"
      submitLabel="resources.participations.checkIn.walk_in_submit"
      defaultValues={{ role: 'ATTENDEE' }}
      done={(_, result) => ({
        message: 'resources.participations.checkIn.walk_in_done',
        options: { name: (result as Participation).displayName },
        type: 'success',
      })}
      onSubmit={async (values) => {
        const input = {
          eventId,
          firstName: text(values.firstName),
          lastName: text(values.lastName),
          email: text(values.email),
          collectivityId: values.collectivityId || null,
          organisationName: values.collectivityId ? null : text(values.organisationName),
          role: values.role,
        };
        const { data } = await runAction<Participation>('participations', { action: 'walkIn', data: { input } });
        onDone(data);
        return data;
      }}
    >
      <TextInput source="firstName" label="resources.participations.checkIn.walk_in_first_name" fullWidth />
      <TextInput source="lastName" label="resources.participations.checkIn.walk_in_last_name" fullWidth />
      <TextInput source="email" type="email" label="resources.participations.checkIn.walk_in_email" fullWidth />
      <CollectivityInput source="collectivityId" label="resources.participations.fields.collectivityId" />
      <TextInput source="organisationName" label="resources.participations.checkIn.walk_in_organisation" fullWidth />
      <SelectInput source="role" label="resources.participations.fields.role" choices={participationRoleChoices} />
    </FormDialogButton>
  );
};

/** The desk warns when the edition is not today: arrivals recorded now carry today's date. */
const NotTodayWarning = ({ heading }: { heading: EventHeading }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = todayIso();
  const endsOn = heading.endsOn ?? heading.startsOn;
  if (today >= heading.startsOn && today <= endsOn) return null;
  const key = today < heading.startsOn ? 'not_yet' : 'over';
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="check-in-not-today">
      {translate(`resources.participations.checkIn.${key}`, { date: formatDay(heading.startsOn, locale) })}
    </Alert>
  );
};

type Attendance = Fields<Api.EventStatistics, 'registered' | 'attended' | 'noShow'>;

/** The text typed, once the typing pauses. */
function useDebounced(value: string, delay: number): [string, (now: string) => void] {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return [debounced, setDebounced];
}

const CheckInRow = ({
  participation,
  state,
  busy,
  onCheckIn,
  onUndo,
}: {
  participation: Participation;
  state: RowState | undefined;
  busy: boolean;
  onCheckIn: (participation: Participation) => void;
  onUndo: (participation: Participation) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const present = participation.status === 'ATTENDED';
  let stateText = '';
  if (state?.alreadyAt !== undefined) {
    stateText = translate('resources.participations.checkIn.already', { time: formatTime(state.alreadyAt, locale) });
  } else if (present) {
    stateText = translate('resources.participations.checkIn.present', { time: formatTime(participation.checkedInAt, locale) });
  }
  return (
    <Box
      data-testid="check-in-row"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        py: 1.25,
        px: 1,
        borderBottom: 1,
        borderColor: 'divider',
        flexWrap: 'wrap',
      }}
    >
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Typography variant="h6" component="div" sx={{ fontSize: '1.1rem' }}>
          {participation.displayName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {[
            participation.organisationDisplayName,
            translate(`territoria.participationRoles.${participation.role}`, { _: participation.role }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </Box>
      {/* once there, the arrival time says it */}
      {!present && <ParticipationStatusChip status={participation.status} />}
      {stateText && (
        <Typography
          data-testid="check-in-state"
          color={state?.alreadyAt !== undefined ? 'info.main' : 'success.main'}
          sx={{ fontWeight: 500 }}
        >
          {stateText}
        </Typography>
      )}
      {present ? (
        <Button variant="outlined" color="inherit" startIcon={<UndoIcon />} disabled={busy} onClick={() => onUndo(participation)}>
          {translate('resources.participations.checkIn.undo')}
        </Button>
      ) : (
        <Button
          variant="contained"
          size="large"
          startIcon={<HowToRegIcon />}
          disabled={busy}
          onClick={() => onCheckIn(participation)}
        >
          {translate('resources.participations.checkIn.check_in')}
        </Button>
      )}
      {state?.error && (
        <Alert severity="error" role="alert" sx={{ flexBasis: '100%' }}>
          {state.error}
        </Alert>
      )}
    </Box>
  );
};

/**
 * The check-in desk of an edition (/events/:id/check-in): type a few letters of a name or an
 * organisation, click "Enregistrer l'arrivée" (or press Enter for the first person listed).
 * Several desks may work at once: a person checked in elsewhere is said so, not refused.
 */
export const CheckInPage = () => {
  const { id: eventId = '' } = useParams();
  const translate = useTranslate();
  const runAction = useRunAction();
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const [states, setStates] = useState<Record<string, RowState>>({});
  const [busy, setBusy] = useState<string | null>(null);
  /** Enter pressed before the results of the text typed arrived: check in once they do. */
  const pendingEnter = useRef<string | null>(null);

  const { data: heading } = useOperation<EventHeading>('eventHeading', { id: eventId }, { enabled: Boolean(eventId) });
  const attendance = useOperation<Attendance>('eventAttendance', { eventId }, { enabled: Boolean(eventId) });
  // nothing typed: everyone by name; something typed: the closest names, typos tolerated
  const everyone = useGetList<Participation>(
    'participations',
    {
      filter: { eventId },
      pagination: { page: 1, perPage: CHECK_IN_ROWS },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled: Boolean(eventId) && !debounced, placeholderData: keepPreviousData },
  );
  const closest = useQuery({
    queryKey: ['checkInSearch', eventId, debounced],
    queryFn: async () =>
      (
        await runAction<Participation[]>('participations', {
          action: 'deskSearch',
          data: { eventId, search: debounced, limit: CHECK_IN_ROWS },
        })
      ).data,
    enabled: Boolean(eventId) && Boolean(debounced),
    placeholderData: keepPreviousData,
  });
  const { data, isFetching, isPending } = debounced ? closest : everyone;
  const refetchRows = () => (debounced ? closest.refetch() : everyone.refetch());
  const rows = (data ?? []).map((row) => states[row.id]?.participation ?? row);

  const afterChange = useCallback(() => {
    void attendance.refetch();
    // the next name can be typed straight away
    searchRef.current?.select();
  }, [attendance]);
  const scan = useScanCheckIn(eventId, () => {
    afterChange();
    void refetchRows();
  });

  const checkIn = useCallback(
    async (participation: Participation) => {
      setBusy(participation.id);
      try {
        const { data: result } = await runAction<CheckInResult>('participations', {
          action: 'checkIn',
          id: participation.id,
        });
        setStates((previous) => ({
          ...previous,
          [participation.id]: {
            participation: result.participation,
            ...(result.alreadyCheckedIn ? { alreadyAt: result.participation.checkedInAt } : {}),
          },
        }));
      } catch (error) {
        setStates((previous) => ({
          ...previous,
          [participation.id]: { error: (error as Error)?.message || translate('ra.notification.http_error') },
        }));
      } finally {
        setBusy(null);
        afterChange();
      }
    },
    [runAction, translate, afterChange],
  );

  const undo = useCallback(
    async (participation: Participation) => {
      setBusy(participation.id);
      try {
        const { data: result } = await runAction<Participation>('participations', {
          action: 'undoCheckIn',
          id: participation.id,
        });
        setStates((previous) => ({ ...previous, [participation.id]: { participation: result } }));
      } catch (error) {
        setStates((previous) => ({
          ...previous,
          [participation.id]: {
            ...previous[participation.id],
            error: (error as Error)?.message || translate('ra.notification.http_error'),
          },
        }));
      } finally {
        setBusy(null);
        afterChange();
      }
    },
    [runAction, translate, afterChange],
  );

  // Enter typed faster than the search: run it on the results of what was typed
  useEffect(() => {
    if (pendingEnter.current === null || isFetching || pendingEnter.current !== debounced) return;
    pendingEnter.current = null;
    const first = rows[0];
    if (first && first.status !== 'ATTENDED') void checkIn(first);
  }, [debounced, isFetching, rows, checkIn]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (busy) return;
    if (isBadgeCode(search)) {
      setSearch('');
      void scan.scan(search);
      return;
    }
    const typed = search.trim();
    if (typed !== debounced || isFetching) {
      pendingEnter.current = typed;
      setDebounced(typed);
      return;
    }
    const first = rows[0];
    if (first && first.status !== 'ATTENDED') void checkIn(first);
  };

  const counts = attendance.data;
  return (
    <Box sx={{ maxWidth: 960, mx: 'auto', mt: 2 }}>
      <Title
        title={
          heading
            ? `${translate('resources.participations.checkIn.title')} — ${heading.title}`
            : translate('resources.participations.checkIn.title')
        }
      />
      <Card>
        <CardContent>
          <Stack
            direction="row"
            sx={{ justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap', gap: 1, mb: 2 }}
          >
            <Box>
              <Typography variant="overline" color="text.secondary">
                {translate('resources.participations.checkIn.title')}
              </Typography>
              <Typography variant="h5" component="h1" data-testid="check-in-event">
                {heading?.title ?? ''}
              </Typography>
            </Box>
            <Box sx={{ textAlign: 'right' }}>
              <Typography variant="h6" data-testid="check-in-counter" aria-live="polite">
                {counts
                  ? translate('resources.participations.checkIn.counter', {
                      attended: counts.attended,
                      registered: counts.registered,
                    })
                  : ''}
              </Typography>
              {heading && counts && (
                <MarkAbsenteesButton
                  eventId={eventId}
                  startsOn={heading.startsOn}
                  waiting={counts.registered - counts.attended - counts.noShow}
                  onDone={() => {
                    void attendance.refetch();
                    void refetchRows();
                  }}
                />
              )}
            </Box>
          </Stack>
          {heading && <NotTodayWarning heading={heading} />}
          <TextField
            inputRef={searchRef}
            autoFocus
            fullWidth
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={onKeyDown}
            placeholder={translate('resources.participations.checkIn.search')}
            helperText={translate('resources.participations.checkIn.hint')}
            slotProps={{
              htmlInput: { 'aria-label': translate('resources.participations.checkIn.search'), autoComplete: 'off' },
              input: {
                sx: { fontSize: '1.5rem' },
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon />
                  </InputAdornment>
                ),
              },
            }}
          />
          <ScanOutcomeAlert outcome={scan.outcome} />
          <Box sx={{ height: 4, mt: 1 }}>{isFetching && <LinearProgress />}</Box>
          <Box data-testid="check-in-results">
            {rows.map((participation) => (
              <CheckInRow
                key={participation.id}
                participation={participation}
                state={states[participation.id]}
                busy={busy === participation.id}
                onCheckIn={checkIn}
                onUndo={undo}
              />
            ))}
            {!isPending && rows.length === 0 && (
              <Typography color="text.secondary" sx={{ py: 2 }}>
                {debounced
                  ? translate('resources.participations.checkIn.no_result', { search: debounced })
                  : translate('resources.participations.checkIn.no_registration')}
              </Typography>
            )}
          </Box>
          <Stack direction="row" sx={{ mt: 2, gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <WalkInButton
              eventId={eventId}
              onDone={(participation) => {
                // the person just arrived is listed, present, and the counter follows
                setStates((previous) => ({ ...previous, [participation.id]: { participation } }));
                setSearch(participation.displayName);
                void attendance.refetch();
              }}
            />
            <MuiLink component={LinkBase} to={participantsPath(eventId)}>
              {translate('resources.participations.checkIn.open_list')}
            </MuiLink>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};

export default CheckInPage;
