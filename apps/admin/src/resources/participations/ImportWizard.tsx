import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Link as MuiLink,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Select,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
  alpha,
  type Theme,
} from '@mui/material';
import type { ImportField } from '@territoria/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useParams } from 'react-router-dom';
import { Confirm, LinkBase, Title, useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import { intlLocale } from '../../i18n/i18nProvider';
import { formatDateTime } from '../../util/dates';
import { useRunAction } from '../shared/useRunAction';
import { useOperation } from '../useOperation';
import { participantsPath } from './fields';
import {
  IMPORT_FIELDS,
  KEEP_NAME,
  MAX_IMPORT_BYTES,
  NEW_CONTACT,
  ROWS_PER_PAGE_OPTIONS,
  answerGroup,
  answersOf,
  countsWithChoices,
  delimiterKey,
  filterRows,
  groupAnswerOf,
  importFieldOf,
  isSettled,
  orderRows,
  pageOf,
  questionsOf,
  readAsBase64,
  toResolutions,
  toStatusValues,
  type GroupAnswer,
  type ImportCandidate,
  type ImportPreview,
  type ImportQuestionGroup,
  type ImportRecord,
  type ImportResult,
  type ImportRow,
  type ImportRowError,
  type OutcomeFilter,
  type ParticipationStatusValue,
  type RowChoice,
  type UndoResult,
} from './importRows';

interface LoadedFile {
  name: string;
  contentBase64: string;
}

type Mapping = { column: number; field: ImportField | null }[];

const IGNORED = '';
const STATUSES: ParticipationStatusValue[] = ['REGISTERED', 'ATTENDED', 'NO_SHOW', 'CANCELLED'];
const candidateLabel = (candidate: ImportCandidate) =>
  candidate.detail ? `${candidate.name} — ${candidate.detail}` : candidate.name;
/** Long texts (an organisation, an error) wrap instead of widening the page. */
const WRAP = { overflowWrap: 'anywhere', wordBreak: 'normal' } as const;
/** The most line numbers a refusal lists before "…". */
const LINES_LISTED = 20;

/** The lines a refused commit names (BAD_USER_INPUT, extensions.rows: [{ line, message }]). */
export function unsettledLines(error: unknown): number[] {
  const rows = (error as { body?: { extensions?: { rows?: unknown } } } | null)?.body?.extensions?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => Number((row as { line?: unknown }).line)).filter((line) => Number.isFinite(line));
}

/** The API's precise refusal code (UNRESOLVED_ROWS, EVERY_ROW_IN_ERROR…), if any. */
function refusalCode(error: unknown): string | undefined {
  return (error as { body?: { fields?: { code?: string }[] } } | null)?.body?.fields?.[0]?.code;
}

const ColumnMapping = ({
  preview,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (column: number, field: ImportField | null) => void;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="import-columns" sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '30%' }}>{translate('resources.participations.import.columns.header')}</TableCell>
          <TableCell sx={{ width: '35%' }}>{translate('resources.participations.import.columns.sample')}</TableCell>
          <TableCell sx={{ width: '35%' }}>{translate('resources.participations.import.columns.field')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.columns.map((column) => (
          <TableRow key={column.index}>
            <TableCell sx={{ fontWeight: 500, ...WRAP }}>{column.header}</TableCell>
            <TableCell sx={{ color: 'text.secondary', ...WRAP }}>{column.sample ?? ''}</TableCell>
            <TableCell>
              <Select
                size="small"
                fullWidth
                value={column.field ?? IGNORED}
                disabled={disabled}
                displayEmpty
                inputProps={{ 'aria-label': column.header }}
                onChange={(event) => onChange(column.index, (event.target.value as ImportField | '') || null)}
              >
                <MenuItem value={IGNORED}>
                  <em>{translate('resources.participations.import.columns.ignored')}</em>
                </MenuItem>
                {IMPORT_FIELDS.map((field) => (
                  <MenuItem key={field} value={field}>
                    {translate(`territoria.importFields.${field}`)}
                  </MenuItem>
                ))}
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The values of the status column: how each reads, and a choice for those no rule reads. */
const StatusValues = ({
  preview,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (value: string, status: ParticipationStatusValue) => void;
}) => {
  const translate = useTranslate();
  const values = preview.statuses ?? [];
  if (values.length === 0) return null;
  const unread = values.filter((value) => value.status === null);
  return (
    <Box data-testid="import-statuses">
      <Typography variant="h6">{translate('resources.participations.import.statuses.title')}</Typography>
      {unread.length > 0 && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="import-statuses-unread">
          {translate('resources.participations.import.statuses.unread', { smart_count: unread.length })}
        </Alert>
      )}
      <Table size="small" sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '40%' }}>{translate('resources.participations.import.statuses.value')}</TableCell>
            <TableCell sx={{ width: '20%' }}>{translate('resources.participations.import.statuses.count')}</TableCell>
            <TableCell sx={{ width: '40%' }}>{translate('resources.participations.import.statuses.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {values.map((value) => (
            <TableRow
              key={value.value}
              data-testid="import-status-value"
              data-value={value.value}
              sx={(theme) => ({ bgcolor: value.status ? undefined : alpha(theme.palette.warning.main, 0.1) })}
            >
              <TableCell sx={WRAP}>{value.value}</TableCell>
              <TableCell>{value.count}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  fullWidth
                  displayEmpty
                  disabled={disabled}
                  value={value.status ?? ''}
                  inputProps={{
                    'aria-label': translate('resources.participations.import.statuses.choose', { value: value.value }),
                  }}
                  onChange={(event) => onChange(value.value, event.target.value as ParticipationStatusValue)}
                >
                  <MenuItem value="" disabled>
                    <em>{translate('resources.participations.import.statuses.unknown')}</em>
                  </MenuItem>
                  {STATUSES.map((status) => (
                    <MenuItem key={status} value={status}>
                      {translate(`territoria.participationStatuses.${status}`)}
                    </MenuItem>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The counts, each one a filter of the lines below (a click shows only those). */
const Counts = ({
  preview,
  choices,
  filter,
  onFilter,
}: {
  preview: ImportPreview;
  choices: Record<number, RowChoice>;
  filter: OutcomeFilter;
  onFilter: (filter: OutcomeFilter) => void;
}) => {
  const translate = useTranslate();
  const counts = countsWithChoices(preview.rows, choices);
  const items = [
    ['ready', 'NEW', counts.ready, 'success'],
    ['ambiguous', 'AMBIGUOUS', counts.ambiguous, 'warning'],
    ['errors', 'ERROR', counts.errors, 'error'],
    ['duplicates', 'DUPLICATE', counts.duplicates, 'default'],
    ['alreadyRegistered', 'ALREADY_REGISTERED', counts.alreadyRegistered, 'default'],
  ] as const;
  return (
    <Stack direction="row" data-testid="import-counts" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography sx={{ mr: 1 }}>
        {translate('resources.participations.import.counts.rows', { smart_count: preview.counts.rows })}
      </Typography>
      <Chip
        data-testid="import-filter-ALL"
        clickable
        color={filter === 'ALL' ? 'primary' : 'default'}
        variant={filter === 'ALL' ? 'filled' : 'outlined'}
        label={translate('resources.participations.import.filters.ALL')}
        onClick={() => onFilter('ALL')}
        aria-pressed={filter === 'ALL'}
      />
      {items.map(([key, outcome, count, color]) => (
        <Chip
          key={key}
          data-testid={`import-count-${key}`}
          clickable
          icon={filter === outcome ? <CheckIcon /> : undefined}
          color={count > 0 ? color : 'default'}
          variant={count > 0 || filter === outcome ? 'filled' : 'outlined'}
          label={`${translate(`resources.participations.import.counts.${key}`)} : ${count}`}
          onClick={() => onFilter(outcome)}
          aria-pressed={filter === outcome}
        />
      ))}
      {counts.skipped > 0 && (
        <Chip
          variant="outlined"
          data-testid="import-count-skipped"
          label={`${translate('resources.participations.import.counts.skipped')} : ${counts.skipped}`}
        />
      )}
      {counts.statusChanges > 0 && (
        <Chip
          color="info"
          data-testid="import-count-statusChanges"
          label={`${translate('resources.participations.import.counts.statusChanges')} : ${counts.statusChanges}`}
        />
      )}
    </Stack>
  );
};

/** The ambiguous lines by question, each group answered in one click; a line can still be answered alone. */
const QuestionGroups = ({
  preview,
  choices,
  onAnswer,
  onSkipErrors,
}: {
  preview: ImportPreview;
  choices: Record<number, RowChoice>;
  onAnswer: (group: ImportQuestionGroup, answer: GroupAnswer | null) => void;
  onSkipErrors: (skip: boolean) => void;
}) => {
  const translate = useTranslate();
  const groups = preview.questions ?? [];
  const inError = preview.rows.filter((row) => row.outcome === 'ERROR');
  const errorsSkipped = inError.length > 0 && inError.every((row) => choices[row.line]?.skip);
  if (groups.length === 0 && inError.length === 0) return null;
  return (
    <Stack sx={{ gap: 1 }} data-testid="import-questions">
      <Typography variant="h6">{translate('resources.participations.import.questions.title')}</Typography>
      {groups.map((group) => {
        const current = groupAnswerOf(preview.rows, group, choices);
        return (
          <Paper
            key={group.question}
            variant="outlined"
            sx={{ p: 1.5 }}
            data-testid="import-question"
            data-question={group.question}
          >
            <Typography sx={{ fontWeight: 500 }}>
              {translate(`resources.participations.import.questions.${group.question}`, { smart_count: group.count })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate(`resources.participations.import.questions.${group.question}_help`, { smart_count: group.count })}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {answersOf(group.question).map((answer) => (
                <Button
                  key={answer}
                  size="small"
                  variant={current === answer ? 'contained' : 'outlined'}
                  startIcon={current === answer ? <CheckIcon /> : undefined}
                  onClick={() => onAnswer(group, answer)}
                >
                  {translate(`resources.participations.import.answers.${answer}`, {
                    smart_count: answer === 'KNOWN_CONTACT' ? group.singleCandidate : group.count,
                  })}
                </Button>
              ))}
              {current && (
                <Button size="small" color="inherit" onClick={() => onAnswer(group, null)}>
                  {translate('resources.participations.import.answers.withdraw')}
                </Button>
              )}
            </Stack>
            {current === 'KNOWN_CONTACT' && group.singleCandidate < group.count && (
              <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
                {translate('resources.participations.import.answers.several_namesakes', {
                  smart_count: group.count - group.singleCandidate,
                })}
              </Typography>
            )}
          </Paper>
        );
      })}
      {inError.length > 0 && (
        <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="import-question" data-question="ERRORS">
          <Typography sx={{ fontWeight: 500 }}>
            {translate('resources.participations.import.questions.ERRORS', { smart_count: inError.length })}
          </Typography>
          <FormControlLabel
            control={<Checkbox size="small" checked={errorsSkipped} onChange={(event) => onSkipErrors(event.target.checked)} />}
            label={translate('resources.participations.import.answers.skip_errors', { smart_count: inError.length })}
          />
        </Paper>
      )}
    </Stack>
  );
};

/** The choices of an ambiguous row (which person, which organisation) or of a row in error (skip it). */
const RowDecision = ({
  row,
  choice,
  onChange,
}: {
  row: ImportRow;
  choice: RowChoice | undefined;
  onChange: (choice: RowChoice) => void;
}) => {
  const translate = useTranslate();
  if (row.outcome !== 'AMBIGUOUS' && row.outcome !== 'ERROR') return null;
  const questions = questionsOf(row);
  const skipped = choice?.skip === true;
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      sx={{ columnGap: 4, rowGap: 1, flexWrap: 'wrap', alignItems: 'flex-start', ...WRAP }}
    >
      {questions.contact && (
        <FormControl disabled={skipped}>
          <FormLabel sx={{ fontSize: '0.8rem' }}>{translate('resources.participations.import.resolve.contact')}</FormLabel>
          <RadioGroup value={choice?.contact ?? ''} onChange={(event) => onChange({ ...choice, contact: event.target.value })}>
            {row.contactCandidates.map((candidate) => (
              <FormControlLabel
                key={candidate.id}
                value={candidate.id}
                control={<Radio size="small" />}
                label={candidateLabel(candidate)}
              />
            ))}
            <FormControlLabel
              value={NEW_CONTACT}
              control={<Radio size="small" />}
              label={translate('resources.participations.import.resolve.new_contact')}
            />
          </RadioGroup>
        </FormControl>
      )}
      {questions.organisation && (
        <FormControl disabled={skipped}>
          <FormLabel sx={{ fontSize: '0.8rem' }}>{translate('resources.participations.import.resolve.organisation')}</FormLabel>
          <RadioGroup
            value={choice?.organisation ?? ''}
            onChange={(event) => onChange({ ...choice, organisation: event.target.value })}
          >
            {row.organisationCandidates.map((candidate) => (
              <FormControlLabel
                key={candidate.id}
                value={candidate.id}
                control={<Radio size="small" />}
                label={candidateLabel(candidate)}
              />
            ))}
            <FormControlLabel
              value={KEEP_NAME}
              control={<Radio size="small" />}
              label={translate('resources.participations.import.resolve.keep_name')}
            />
          </RadioGroup>
        </FormControl>
      )}
      <FormControlLabel
        control={
          <Checkbox size="small" checked={skipped} onChange={(event) => onChange({ ...choice, skip: event.target.checked })} />
        }
        label={translate('resources.participations.import.resolve.skip')}
      />
    </Stack>
  );
};

const COLUMNS = [
  ['line', '7%'],
  ['name', '20%'],
  ['organisation', '22%'],
  ['country', '13%'],
  ['status', '11%'],
  ['outcome', '11%'],
  ['errors', '16%'],
] as const;

const RowsTable = ({
  preview,
  choices,
  unsettled,
  filter,
  onChoice,
}: {
  preview: ImportPreview;
  choices: Record<number, RowChoice>;
  unsettled: readonly number[];
  filter: OutcomeFilter;
  onChoice: (line: number, choice: RowChoice) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState<number>(ROWS_PER_PAGE_OPTIONS[0]);
  const filtered = useMemo(() => filterRows(orderRows(preview.rows), filter), [preview, filter]);
  const shown = pageOf(filtered, page, perPage);
  const label = (key: string) => translate(`resources.participations.import.rows.${key}`);
  // what is left to decide stands out; a line the API refused, more
  const highlight = (theme: Theme, row: ImportRow) =>
    unsettled.includes(row.line)
      ? alpha(theme.palette.error.main, 0.1)
      : !isSettled(row, choices[row.line])
        ? alpha(theme.palette.warning.main, 0.08)
        : undefined;
  const rowProblem = (error: ImportRowError) => {
    const field = importFieldOf(error.field);
    const column = field ? translate(`territoria.importFields.${field}`) : error.field;
    // a sentence per rule, with the cell as typed; an unknown rule falls back to the column alone
    return translate(`resources.participations.import.row_errors.${error.code}`, {
      column,
      value: error.value ?? '',
      _: translate('resources.participations.import.row_error', { column }),
    });
  };
  const status = (row: ImportRow) => {
    const name = (value: string | null | undefined) =>
      value ? translate(`territoria.participationStatuses.${value}`, { _: value }) : '';
    if (row.outcome === 'ALREADY_REGISTERED')
      return row.statusChange ? `${name(row.currentStatus)} → ${name(row.status)}` : name(row.currentStatus);
    return name(row.status);
  };
  return (
    <Box>
      <Table size="small" data-testid="import-rows" sx={{ tableLayout: 'fixed', width: '100%' }}>
        <TableHead>
          <TableRow>
            {COLUMNS.map(([key, width]) => (
              <TableCell key={key} sx={{ width }}>
                {label(key)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.rows.map((row) => (
            <Fragment key={row.line}>
              <TableRow
                data-testid="import-row"
                data-line={row.line}
                data-outcome={row.outcome}
                sx={(theme) => ({ verticalAlign: 'top', bgcolor: highlight(theme, row), '& td': WRAP })}
              >
                <TableCell>{row.line}</TableCell>
                <TableCell>
                  {[
                    row.civility ? translate(`territoria.civilities.${row.civility}`, { _: row.civility }) : null,
                    row.firstName,
                    row.lastName,
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  {row.email && (
                    <Typography variant="body2" color="text.secondary" data-testid="import-row-email">
                      {row.email}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {row.organisation ?? ''}
                  {row.jobTitle && (
                    <Typography variant="body2" color="text.secondary" data-testid="import-row-job-title">
                      {row.jobTitle}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {countryName(row.countryCode, locale)}
                  {row.role && (
                    <Typography variant="body2" color="text.secondary">
                      {translate(`territoria.participationRoles.${row.role}`, { _: row.role })}
                    </Typography>
                  )}
                </TableCell>
                <TableCell data-testid="import-row-status">{status(row)}</TableCell>
                <TableCell>
                  <Typography variant="body2" component="span">
                    {row.outcome === 'DUPLICATE' && row.duplicateOfLine
                      ? translate('resources.participations.import.duplicate_of', { line: row.duplicateOfLine })
                      : translate(`resources.participations.import.outcomes.${row.outcome}`)}
                  </Typography>
                </TableCell>
                <TableCell data-testid="import-row-problems">
                  {row.errors.map((error, index) => (
                    // the API's own words stay in a tooltip, for support
                    <Typography key={index} variant="body2" color="error" title={error.message}>
                      {rowProblem(error)}
                    </Typography>
                  ))}
                  {(row.notices ?? []).map((notice, index) => (
                    <Typography
                      key={`notice-${index}`}
                      variant="body2"
                      color="text.secondary"
                      title={notice.message}
                      data-testid="import-row-notice"
                    >
                      {translate(`resources.participations.import.row_notices.${notice.code}`, {
                        value: notice.value ?? '',
                        _: rowProblem(notice),
                      })}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
              {/* the choices of a line take the table's whole width, under it */}
              {(row.outcome === 'AMBIGUOUS' || row.outcome === 'ERROR') && (
                <TableRow
                  data-testid="import-row-decision"
                  data-line={row.line}
                  sx={(theme) => ({ bgcolor: highlight(theme, row) })}
                >
                  <TableCell />
                  <TableCell colSpan={COLUMNS.length - 1}>
                    <RowDecision row={row} choice={choices[row.line]} onChange={(choice) => onChoice(row.line, choice)} />
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          ))}
          {shown.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length}>
                <Typography color="text.secondary">{translate('resources.participations.import.rows.none')}</Typography>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        data-testid="import-pagination"
        count={filtered.length}
        page={shown.page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[...ROWS_PER_PAGE_OPTIONS]}
        onPageChange={(_, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setPerPage(Number(event.target.value));
          setPage(0);
        }}
        labelRowsPerPage={translate('resources.participations.import.rows.per_page')}
        labelDisplayedRows={({ from, to, count }) =>
          translate('resources.participations.import.rows.displayed', { from, to, count })
        }
      />
    </Box>
  );
};

const ResultSummary = ({ result }: { result: ImportResult }) => {
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
  const body = (
    error as {
      body?: { extensions?: { reason?: string; changedCount?: number; participations?: { name: string | null }[] } };
    } | null
  )?.body;
  const extensions = body?.extensions;
  if (extensions?.reason === 'CHANGED_SINCE') {
    const names = (extensions.participations ?? []).map(
      (participation) => participation.name ?? translate('resources.participations.import.undo.deleted'),
    );
    const count = extensions.changedCount ?? names.length;
    return translate('resources.participations.import.undo.changed_since', {
      smart_count: count,
      names: names.slice(0, 10).join(', ') + (count > 10 ? '…' : ''),
    });
  }
  return (error as Error)?.message || translate('ra.notification.http_error');
}

/** Undoes one import as a whole, after a confirmation. */
const UndoImportButton = ({
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

const UndoSummary = ({ result }: { result: UndoResult }) => {
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
const ImportHistory = ({ eventId, onUndone }: { eventId: string; onUndone: (result: UndoResult) => void }) => {
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

/**
 * Importing a registration list into an edition (/events/:id/import): choose a CSV file, check
 * how it was read (encoding, separator, what each column and each status means), settle the
 * ambiguous lines (a whole group in one click, or one by one), then import. The preview changes
 * nothing; the import is all or nothing, recorded, and can be undone as a whole.
 */
export const ImportWizard = () => {
  const { id: eventId = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const runAction = useRunAction();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const { data: heading } = useOperation<{ id: string; title: string }>(
    'eventHeading',
    { id: eventId },
    { enabled: Boolean(eventId) },
  );

  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** null: the mapping the API suggests. */
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [statusMapping, setStatusMapping] = useState<Record<string, ParticipationStatusValue>>({});
  const [choices, setChoices] = useState<Record<number, RowChoice>>({});
  const [filter, setFilter] = useState<OutcomeFilter>('ALL');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [undone, setUndone] = useState<UndoResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unsettled, setUnsettled] = useState<number[]>([]);
  const [busy, setBusy] = useState<'reading' | 'committing' | null>(null);

  const input = (loaded: LoadedFile, columns: Mapping | null, statuses: Record<string, ParticipationStatusValue>) => ({
    eventId,
    fileName: loaded.name,
    contentBase64: loaded.contentBase64,
    ...(columns ? { mapping: columns } : {}),
    ...(Object.keys(statuses).length > 0 ? { statusValues: toStatusValues(statuses) } : {}),
  });

  const runPreview = async (loaded: LoadedFile, columns: Mapping | null, statuses: Record<string, ParticipationStatusValue>) => {
    setBusy('reading');
    setError(null);
    setUnsettled([]);
    try {
      const { data } = await runAction<ImportPreview>('participations', {
        action: 'previewImport',
        data: { input: input(loaded, columns, statuses) },
      });
      setPreview(data);
    } catch (failure) {
      setError((failure as Error)?.message || translate('ra.notification.http_error'));
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // the same file may be chosen again after a change
    event.target.value = '';
    if (!chosen) return;
    setPreview(null);
    setMapping(null);
    setStatusMapping({});
    setChoices({});
    setFilter('ALL');
    setResult(null);
    setUndone(null);
    setFile(null);
    if (chosen.size > MAX_IMPORT_BYTES) {
      const size = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(chosen.size / (1024 * 1024));
      setError(translate('resources.participations.import.too_large', { size }));
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(chosen);
    } catch {
      setError(translate('resources.participations.import.unreadable'));
      return;
    }
    const loaded = { name: chosen.name, contentBase64 };
    setFile(loaded);
    await runPreview(loaded, null, {});
  };

  const onMappingChange = (column: number, field: ImportField | null) => {
    if (!preview || !file) return;
    const next: Mapping = preview.columns.map((item) => ({
      column: item.index,
      field: item.index === column ? field : (item.field ?? null),
    }));
    setMapping(next);
    void runPreview(file, next, statusMapping);
  };

  const onStatusChange = (value: string, status: ParticipationStatusValue) => {
    if (!file) return;
    const next = { ...statusMapping, [value]: status };
    setStatusMapping(next);
    void runPreview(file, mapping, next);
  };

  const onSkipErrors = (skip: boolean) => {
    if (!preview) return;
    setChoices((previous) => {
      const next = { ...previous };
      for (const row of preview.rows) if (row.outcome === 'ERROR') next[row.line] = { ...next[row.line], skip };
      return next;
    });
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('committing');
    setError(null);
    setUnsettled([]);
    try {
      const resolutions = toResolutions(preview.rows, choices);
      const { data } = await runAction<ImportResult>('participations', {
        action: 'commitImport',
        data: { input: { ...input(file, mapping, statusMapping), resolutions } },
      });
      setResult(data);
      void queryClient.invalidateQueries({ queryKey: ['participationImports', eventId] });
    } catch (failure) {
      const lines = unsettledLines(failure);
      setUnsettled(lines);
      const listed = lines.slice(0, LINES_LISTED).join(', ') + (lines.length > LINES_LISTED ? '…' : '');
      setError(
        refusalCode(failure) === 'EVERY_ROW_IN_ERROR'
          ? translate('resources.participations.import.every_row_in_error', { smart_count: lines.length })
          : lines.length > 0
            ? translate('resources.participations.import.unsettled', { lines: listed, smart_count: lines.length })
            : (failure as Error)?.message || translate('ra.notification.http_error'),
      );
    } finally {
      setBusy(null);
    }
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    setMapping(null);
    setStatusMapping({});
    setChoices({});
    setFilter('ALL');
    setResult(null);
    setUndone(null);
    setError(null);
    setUnsettled([]);
  };

  const toSettle = preview ? preview.rows.filter((row) => !isSettled(row, choices[row.line])).length : 0;
  const step = result ? 2 : preview ? 1 : 0;
  const delimiter = preview ? delimiterKey(preview.delimiter) : null;

  return (
    <Box sx={{ maxWidth: 1280, mx: 'auto', mt: 2, minWidth: 0 }}>
      <Title
        title={
          heading
            ? `${translate('resources.participations.import.title')} — ${heading.title}`
            : translate('resources.participations.import.title')
        }
      />
      <Card>
        <CardContent>
          <Typography variant="overline" color="text.secondary">
            {translate('resources.participations.import.title')}
          </Typography>
          <Typography variant="h5" component="h1" sx={{ mb: 2 }} data-testid="import-event">
            {heading?.title ?? ''}
          </Typography>
          <Stepper activeStep={step} sx={{ mb: 3 }}>
            {['file', 'check', 'result'].map((key) => (
              <Step key={key}>
                <StepLabel>{translate(`resources.participations.import.steps.${key}`)}</StepLabel>
              </Step>
            ))}
          </Stepper>

          {!result && (
            <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
              <input ref={fileInput} type="file" accept=".csv,text/csv" hidden data-testid="import-file" onChange={onFile} />
              <Button
                variant={preview ? 'outlined' : 'contained'}
                startIcon={<UploadFileIcon />}
                disabled={busy !== null}
                onClick={() => fileInput.current?.click()}
              >
                {translate('resources.participations.import.choose_file')}
              </Button>
              <Typography variant="body2" color="text.secondary" sx={WRAP}>
                {file
                  ? translate('resources.participations.import.file', { name: file.name })
                  : translate('resources.participations.import.file_help')}
              </Typography>
            </Stack>
          )}
          {busy && (
            <LinearProgress
              sx={{ mb: 2 }}
              aria-label={translate(`resources.participations.import.${busy === 'reading' ? 'reading' : 'committing'}`)}
            />
          )}
          {error && (
            <Alert severity="error" role="alert" sx={{ mb: 2, ...WRAP }} data-testid="import-error">
              {error}
            </Alert>
          )}

          {preview && !result && (
            <Stack sx={{ gap: 2, minWidth: 0 }}>
              <Typography variant="body2" data-testid="import-format">
                {translate('resources.participations.import.encoding', { encoding: preview.encoding })}
                {' · '}
                {translate('resources.participations.import.delimiter', {
                  delimiter: delimiter ? translate(`resources.participations.import.delimiters.${delimiter}`) : preview.delimiter,
                })}
              </Typography>
              <Typography variant="h6">{translate('resources.participations.import.columns.title')}</Typography>
              <ColumnMapping preview={preview} disabled={busy !== null} onChange={onMappingChange} />
              <StatusValues preview={preview} disabled={busy !== null} onChange={onStatusChange} />
              <QuestionGroups
                preview={preview}
                choices={choices}
                onAnswer={(group, answer) => setChoices((previous) => answerGroup(preview.rows, group, answer, previous))}
                onSkipErrors={onSkipErrors}
              />
              <Typography variant="h6">{translate('resources.participations.import.rows.title')}</Typography>
              <Counts preview={preview} choices={choices} filter={filter} onFilter={setFilter} />
              <RowsTable
                preview={preview}
                choices={choices}
                unsettled={unsettled}
                filter={filter}
                onChoice={(line, choice) => setChoices((previous) => ({ ...previous, [line]: choice }))}
              />
              <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
                <Button variant="contained" size="large" disabled={busy !== null} onClick={commit}>
                  {translate('resources.participations.import.commit')}
                </Button>
                <Typography
                  variant="body2"
                  color={toSettle > 0 ? 'warning.main' : 'text.secondary'}
                  data-testid="import-to-settle"
                >
                  {toSettle > 0
                    ? translate('resources.participations.import.resolve.to_settle', { smart_count: toSettle })
                    : translate('resources.participations.import.nothing_yet')}
                </Typography>
              </Stack>
            </Stack>
          )}

          {result && (
            <Stack sx={{ gap: 2 }}>
              {undone ? <UndoSummary result={undone} /> : <ResultSummary result={result} />}
              <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                {result.importId && !undone && (
                  <UndoImportButton
                    record={{
                      id: result.importId,
                      fileName: file?.name ?? '',
                      participationsCreated: result.participationsCreated,
                      statusesUpdated: result.statusesUpdated ?? 0,
                    }}
                    onDone={(done, refusal) => {
                      if (done) setUndone(done);
                      setError(refusal);
                      void queryClient.invalidateQueries({ queryKey: ['participationImports', eventId] });
                    }}
                  />
                )}
                <MuiLink component={LinkBase} to={participantsPath(eventId)}>
                  {translate('resources.participations.import.open_list')}
                </MuiLink>
                <MuiLink component={LinkBase} to={`/events/${eventId}/check-in`}>
                  {translate('resources.participations.import.open_check_in')}
                </MuiLink>
                <MuiLink component={LinkBase} to={`/events/${eventId}/show/statistiques`}>
                  {translate('resources.participations.import.open_statistics')}
                </MuiLink>
                <MuiLink component="button" onClick={restart}>
                  {translate('resources.participations.import.restart')}
                </MuiLink>
              </Stack>
            </Stack>
          )}
          <ImportHistory
            eventId={eventId}
            onUndone={(done) => {
              // the import just made, undone from the list: its summary says so
              if (result?.importId === done.importId) setUndone(done);
            }}
          />
        </CardContent>
      </Card>
    </Box>
  );
};

export default ImportWizard;
