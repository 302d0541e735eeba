import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Link as MuiLink,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import type { ImportField } from '@territoria/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useParams } from 'react-router-dom';
import { LinkBase, Title, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { useRunAction } from '../shared/useRunAction';
import { errorReasonOf } from '../../providers/errors';
import { useOperation } from '../useOperation';
import { participantsPath } from './fields';
import {
  MAX_IMPORT_BYTES,
  answerGroup,
  delimiterKey,
  isSettled,
  readAsBase64,
  toResolutions,
  toStatusValues,
  type ImportPreview,
  type ImportResult,
  type OutcomeFilter,
  type ParticipationStatusValue,
  type RowChoice,
  type UndoResult,
} from './importRows';
import { ColumnMapping, StatusValues } from './ImportColumns';
import { Counts, QuestionGroups } from './ImportQuestions';
import { RowsTable } from './ImportRowsTable';
import { ImportHistory, ResultSummary, UndoImportButton, UndoSummary } from './ImportHistory';
import { WRAP } from './importWording';

interface LoadedFile {
  name: string;
  contentBase64: string;
}

type Mapping = { column: number; field: ImportField | null }[];

/** The most line numbers a refusal lists before "…". */
const LINES_LISTED = 20;

/** The lines a refused commit names (BAD_USER_INPUT, extensions.rows: [{ line, message }]). */
export function unsettledLines(error: unknown): number[] {
  const rows = (error as { body?: { extensions?: { rows?: unknown } } } | null)?.body?.extensions?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => Number((row as { line?: unknown }).line)).filter((line) => Number.isFinite(line));
}

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
  const { data: heading } = useOperation<Fields<Api.Event, 'id' | 'title'>>(
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

  /** Back to the first step: no file, no mapping, no choices, no result. */
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

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    // the same file may be chosen again after a change
    event.target.value = '';
    if (!chosen) return;
    restart();
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
        errorReasonOf(failure) === 'EVERY_ROW_IN_ERROR'
          ? translate('resources.participations.import.every_row_in_error', { smart_count: lines.length })
          : lines.length > 0
            ? translate('resources.participations.import.unsettled', { lines: listed, smart_count: lines.length })
            : (failure as Error)?.message || translate('ra.notification.http_error'),
      );
    } finally {
      setBusy(null);
    }
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
