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
  TableRow,
  Typography,
  alpha,
  type Theme,
} from '@mui/material';
import type { ImportField } from '@territoria/domain';
import { Fragment, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useParams } from 'react-router-dom';
import { LinkBase, Title, useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import { intlLocale } from '../../i18n/i18nProvider';
import { useRunAction } from '../shared/useRunAction';
import { useOperation } from '../useOperation';
import { participantsPath } from './fields';
import {
  IMPORT_FIELDS,
  KEEP_NAME,
  MAX_IMPORT_BYTES,
  NEW_CONTACT,
  delimiterKey,
  importFieldOf,
  isSettled,
  orderRows,
  visibleRows,
  questionsOf,
  readAsBase64,
  toResolutions,
  type ImportCandidate,
  type ImportPreview,
  type ImportResult,
  type ImportRow,
  type ImportRowError,
  type RowChoice,
} from './importRows';

interface LoadedFile {
  name: string;
  contentBase64: string;
}

type Mapping = { column: number; field: ImportField | null }[];

const IGNORED = '';
const candidateLabel = (candidate: ImportCandidate) => (candidate.detail ? `${candidate.name} — ${candidate.detail}` : candidate.name);

/** The lines a refused commit names (BAD_USER_INPUT, extensions.rows: [{ line, message }]). */
export function unsettledLines(error: unknown): number[] {
  const rows = (error as { body?: { extensions?: { rows?: unknown } } } | null)?.body?.extensions?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => Number((row as { line?: unknown }).line)).filter((line) => Number.isFinite(line));
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
    <Table size="small" data-testid="import-columns">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.participations.import.columns.header')}</TableCell>
          <TableCell>{translate('resources.participations.import.columns.sample')}</TableCell>
          <TableCell>{translate('resources.participations.import.columns.field')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {preview.columns.map((column) => (
          <TableRow key={column.index}>
            <TableCell sx={{ fontWeight: 500 }}>{column.header}</TableCell>
            <TableCell sx={{ color: 'text.secondary' }}>{column.sample ?? ''}</TableCell>
            <TableCell>
              <Select
                size="small"
                value={column.field ?? IGNORED}
                disabled={disabled}
                displayEmpty
                inputProps={{ 'aria-label': column.header }}
                onChange={(event) => onChange(column.index, (event.target.value as ImportField | '') || null)}
                sx={{ minWidth: 240 }}
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

const Counts = ({ preview }: { preview: ImportPreview }) => {
  const translate = useTranslate();
  const items = [
    ['ready', preview.counts.ready, 'success'],
    ['alreadyRegistered', preview.counts.alreadyRegistered, 'default'],
    ['ambiguous', preview.counts.ambiguous, 'warning'],
    ['errors', preview.counts.errors, 'error'],
    ['duplicates', preview.counts.duplicates, 'default'],
  ] as const;
  return (
    <Stack direction="row" data-testid="import-counts" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography sx={{ mr: 1 }}>{translate('resources.participations.import.counts.rows', { smart_count: preview.counts.rows })}</Typography>
      {items.map(([key, count, color]) => (
        <Chip
          key={key}
          data-testid={`import-count-${key}`}
          color={count > 0 ? color : 'default'}
          variant={count > 0 ? 'filled' : 'outlined'}
          label={`${translate(`resources.participations.import.counts.${key}`)} : ${count}`}
        />
      ))}
    </Stack>
  );
};

/** The choices of an ambiguous row (which person, which organisation) or of a row in error (skip it). */
const RowDecision = ({ row, choice, onChange }: { row: ImportRow; choice: RowChoice | undefined; onChange: (choice: RowChoice) => void }) => {
  const translate = useTranslate();
  if (row.outcome !== 'AMBIGUOUS' && row.outcome !== 'ERROR') return null;
  const questions = questionsOf(row);
  const skipped = choice?.skip === true;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 4, rowGap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {questions.contact && (
        <FormControl disabled={skipped}>
          <FormLabel sx={{ fontSize: '0.8rem' }}>{translate('resources.participations.import.resolve.contact')}</FormLabel>
          <RadioGroup value={choice?.contact ?? ''} onChange={(event) => onChange({ ...choice, contact: event.target.value })}>
            {row.contactCandidates.map((candidate) => (
              <FormControlLabel key={candidate.id} value={candidate.id} control={<Radio size="small" />} label={candidateLabel(candidate)} />
            ))}
            <FormControlLabel value={NEW_CONTACT} control={<Radio size="small" />} label={translate('resources.participations.import.resolve.new_contact')} />
          </RadioGroup>
        </FormControl>
      )}
      {questions.organisation && (
        <FormControl disabled={skipped}>
          <FormLabel sx={{ fontSize: '0.8rem' }}>{translate('resources.participations.import.resolve.organisation')}</FormLabel>
          <RadioGroup value={choice?.organisation ?? ''} onChange={(event) => onChange({ ...choice, organisation: event.target.value })}>
            {row.organisationCandidates.map((candidate) => (
              <FormControlLabel key={candidate.id} value={candidate.id} control={<Radio size="small" />} label={candidateLabel(candidate)} />
            ))}
            <FormControlLabel value={KEEP_NAME} control={<Radio size="small" />} label={translate('resources.participations.import.resolve.keep_name')} />
          </RadioGroup>
        </FormControl>
      )}
      <FormControlLabel
        control={<Checkbox size="small" checked={skipped} onChange={(event) => onChange({ ...choice, skip: event.target.checked })} />}
        label={translate('resources.participations.import.resolve.skip')}
      />
    </Stack>
  );
};

const COLUMNS = ['line', 'name', 'email', 'organisation', 'country', 'role', 'outcome', 'errors'] as const;

const RowsTable = ({
  preview,
  choices,
  unsettled,
  onChoice,
}: {
  preview: ImportPreview;
  choices: Record<number, RowChoice>;
  unsettled: readonly number[];
  onChoice: (line: number, choice: RowChoice) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [showAll, setShowAll] = useState(false);
  const { rows, hidden } = useMemo(() => visibleRows(orderRows(preview.rows), showAll), [preview, showAll]);
  const label = (key: string) => translate(`resources.participations.import.rows.${key}`);
  // what is left to decide stands out; a line the API refused, more
  const highlight = (theme: Theme, row: ImportRow) =>
    unsettled.includes(row.line)
      ? alpha(theme.palette.error.main, 0.1)
      : !isSettled(row, choices[row.line])
        ? alpha(theme.palette.warning.main, 0.08)
        : undefined;
  const rowError = (error: ImportRowError) => {
    const field = importFieldOf(error.field);
    const column = field ? translate(`territoria.importFields.${field}`) : error.field;
    // a sentence per rule, with the cell as typed; an unknown rule falls back to the column alone
    return translate(`resources.participations.import.row_errors.${error.code}`, {
      column,
      value: error.value ?? '',
      _: translate('resources.participations.import.row_error', { column }),
    });
  };
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="import-rows">
        <TableHead>
          <TableRow>
            {COLUMNS.map((key) => (
              <TableCell key={key}>{label(key)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <Fragment key={row.line}>
              <TableRow
                data-testid="import-row"
                data-line={row.line}
                data-outcome={row.outcome}
                sx={(theme) => ({ verticalAlign: 'top', bgcolor: highlight(theme, row) })}
              >
                <TableCell>{row.line}</TableCell>
                <TableCell>
                  {[row.civility ? translate(`territoria.civilities.${row.civility}`, { _: row.civility }) : null, row.firstName, row.lastName]
                    .filter(Boolean)
                    .join(' ')}
                </TableCell>
                <TableCell>{row.email ?? ''}</TableCell>
                <TableCell>
                  {row.organisation ?? ''}
                  {row.jobTitle && (
                    <Typography variant="body2" color="text.secondary" data-testid="import-row-job-title">
                      {row.jobTitle}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{countryName(row.countryCode, locale)}</TableCell>
                <TableCell>{row.role ? translate(`territoria.participationRoles.${row.role}`, { _: row.role }) : ''}</TableCell>
                <TableCell>
                  <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
                    {row.outcome === 'DUPLICATE' && row.duplicateOfLine
                      ? translate('resources.participations.import.duplicate_of', { line: row.duplicateOfLine })
                      : translate(`resources.participations.import.outcomes.${row.outcome}`)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ minWidth: 240 }}>
                  {row.errors.map((error, index) => (
                    // the API's own words stay in a tooltip, for support
                    <Typography key={index} variant="body2" color="error" title={error.message}>
                      {rowError(error)}
                    </Typography>
                  ))}
                </TableCell>
              </TableRow>
              {/* the choices of a line take the table's whole width, under it */}
              {(row.outcome === 'AMBIGUOUS' || row.outcome === 'ERROR') && (
                <TableRow data-testid="import-row-decision" data-line={row.line} sx={(theme) => ({ bgcolor: highlight(theme, row) })}>
                  <TableCell />
                  <TableCell colSpan={COLUMNS.length - 1}>
                    <RowDecision row={row} choice={choices[row.line]} onChange={(choice) => onChoice(row.line, choice)} />
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          ))}
        </TableBody>
      </Table>
      {hidden > 0 && (
        <Button sx={{ mt: 1 }} onClick={() => setShowAll(true)} data-testid="import-show-all">
          {translate('resources.participations.import.show_all', { smart_count: hidden })}
        </Button>
      )}
    </Box>
  );
};

const ResultSummary = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const text = [
    translate('resources.participations.import.result.created', { smart_count: result.participationsCreated }),
    translate('resources.participations.import.result.contacts', { smart_count: result.contactsCreated }),
    ...(result.positionsCreated > 0 ? [translate('resources.participations.import.result.positions', { smart_count: result.positionsCreated })] : []),
    translate('resources.participations.import.result.unchanged', { smart_count: result.unchanged }),
    translate('resources.participations.import.result.skipped', { smart_count: result.skipped }),
  ].join(', ');
  return (
    <Alert severity="success" data-testid="import-result">
      {text}
    </Alert>
  );
};

/**
 * Importing a registration list into an edition (/events/:id/import): choose a CSV file, check
 * how it was read (encoding, separator, what each column means), settle the ambiguous lines, then
 * import. The preview changes nothing; the import is all or nothing.
 */
export const ImportWizard = () => {
  const { id: eventId = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const runAction = useRunAction();
  const fileInput = useRef<HTMLInputElement>(null);
  const { data: heading } = useOperation<{ id: string; title: string }>('eventHeading', { id: eventId }, { enabled: Boolean(eventId) });

  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** null: the mapping the API suggests. */
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [choices, setChoices] = useState<Record<number, RowChoice>>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unsettled, setUnsettled] = useState<number[]>([]);
  const [busy, setBusy] = useState<'reading' | 'committing' | null>(null);

  const input = (loaded: LoadedFile, columns: Mapping | null) => ({
    eventId,
    fileName: loaded.name,
    contentBase64: loaded.contentBase64,
    ...(columns ? { mapping: columns } : {}),
  });

  const runPreview = async (loaded: LoadedFile, columns: Mapping | null) => {
    setBusy('reading');
    setError(null);
    setUnsettled([]);
    try {
      const { data } = await runAction<ImportPreview>('participations', { action: 'previewImport', data: { input: input(loaded, columns) } });
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
    setChoices({});
    setResult(null);
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
    await runPreview(loaded, null);
  };

  const onMappingChange = (column: number, field: ImportField | null) => {
    if (!preview || !file) return;
    const next: Mapping = preview.columns.map((item) => ({ column: item.index, field: item.index === column ? field : item.field ?? null }));
    setMapping(next);
    void runPreview(file, next);
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
        data: { input: { ...input(file, mapping), resolutions } },
      });
      setResult(data);
    } catch (failure) {
      const lines = unsettledLines(failure);
      setUnsettled(lines);
      setError(
        lines.length > 0
          ? translate('resources.participations.import.unsettled', { lines: lines.join(', ') })
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
    setChoices({});
    setResult(null);
    setError(null);
    setUnsettled([]);
  };

  const toSettle = preview ? preview.rows.filter((row) => !isSettled(row, choices[row.line])).length : 0;
  const step = result ? 2 : preview ? 1 : 0;
  const delimiter = preview ? delimiterKey(preview.delimiter) : null;

  return (
    <Box sx={{ maxWidth: 1280, mx: 'auto', mt: 2 }}>
      <Title title={heading ? `${translate('resources.participations.import.title')} — ${heading.title}` : translate('resources.participations.import.title')} />
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
              <Button variant={preview ? 'outlined' : 'contained'} startIcon={<UploadFileIcon />} disabled={busy !== null} onClick={() => fileInput.current?.click()}>
                {translate('resources.participations.import.choose_file')}
              </Button>
              <Typography variant="body2" color="text.secondary">
                {file ? translate('resources.participations.import.file', { name: file.name }) : translate('resources.participations.import.file_help')}
              </Typography>
            </Stack>
          )}
          {busy && <LinearProgress sx={{ mb: 2 }} aria-label={translate(`resources.participations.import.${busy === 'reading' ? 'reading' : 'committing'}`)} />}
          {error && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="import-error">
              {error}
            </Alert>
          )}

          {preview && !result && (
            <Stack sx={{ gap: 2 }}>
              <Typography variant="body2" data-testid="import-format">
                {translate('resources.participations.import.encoding', { encoding: preview.encoding })}
                {' · '}
                {translate('resources.participations.import.delimiter', {
                  delimiter: delimiter ? translate(`resources.participations.import.delimiters.${delimiter}`) : preview.delimiter,
                })}
              </Typography>
              <Counts preview={preview} />
              <Typography variant="h6">{translate('resources.participations.import.columns.title')}</Typography>
              <ColumnMapping preview={preview} disabled={busy !== null} onChange={onMappingChange} />
              <Typography variant="h6">{translate('resources.participations.import.rows.title')}</Typography>
              <RowsTable
                preview={preview}
                choices={choices}
                unsettled={unsettled}
                onChoice={(line, choice) => setChoices((previous) => ({ ...previous, [line]: choice }))}
              />
              <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
                <Button variant="contained" size="large" disabled={busy !== null} onClick={commit}>
                  {translate('resources.participations.import.commit')}
                </Button>
                <Typography variant="body2" color={toSettle > 0 ? 'warning.main' : 'text.secondary'} data-testid="import-to-settle">
                  {toSettle > 0
                    ? translate('resources.participations.import.resolve.to_settle', { smart_count: toSettle })
                    : translate('resources.participations.import.nothing_yet')}
                </Typography>
              </Stack>
            </Stack>
          )}

          {result && (
            <Stack sx={{ gap: 2 }}>
              <ResultSummary result={result} />
              <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
                <MuiLink component={LinkBase} to={participantsPath(eventId)}>
                  {translate('resources.participations.import.open_list')}
                </MuiLink>
                <MuiLink component={LinkBase} to={`/events/${eventId}/check-in`}>
                  {translate('resources.participations.import.open_check_in')}
                </MuiLink>
                <MuiLink component="button" onClick={restart}>
                  {translate('resources.participations.import.restart')}
                </MuiLink>
              </Stack>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default ImportWizard;
