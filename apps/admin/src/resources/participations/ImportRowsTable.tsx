import {
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
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
import { Fragment, useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import {
  KEEP_NAME,
  NEW_CONTACT,
  ROWS_PER_PAGE_OPTIONS,
  filterRows,
  importFieldOf,
  isSettled,
  orderRows,
  pageOf,
  questionsOf,
  type ImportCandidate,
  type ImportPreview,
  type ImportRow,
  type ImportRowError,
  type OutcomeFilter,
  type RowChoice,
} from './importRows';
import { WRAP, useCandidateLabel } from './importWording';

/** One question of an ambiguous row: which of the candidates, or the other way out (a new contact, the name as typed). */
const CandidateQuestion = ({
  label,
  value,
  onChange,
  candidates,
  other,
  disabled,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  candidates: readonly ImportCandidate[];
  other: { value: string; label: string };
  disabled: boolean;
}) => {
  const translate = useTranslate();
  const candidateLabel = useCandidateLabel();
  return (
    <FormControl disabled={disabled}>
      <FormLabel sx={{ fontSize: '0.8rem' }}>{translate(label)}</FormLabel>
      <RadioGroup value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {candidates.map((candidate) => (
          <FormControlLabel
            key={candidate.id}
            value={candidate.id}
            control={<Radio size="small" />}
            label={candidateLabel(candidate)}
          />
        ))}
        <FormControlLabel value={other.value} control={<Radio size="small" />} label={translate(other.label)} />
      </RadioGroup>
    </FormControl>
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
        <CandidateQuestion
          label="resources.participations.import.resolve.contact"
          value={choice?.contact}
          onChange={(contact) => onChange({ ...choice, contact })}
          candidates={row.contactCandidates}
          other={{ value: NEW_CONTACT, label: 'resources.participations.import.resolve.new_contact' }}
          disabled={skipped}
        />
      )}
      {questions.organisation && (
        <CandidateQuestion
          label="resources.participations.import.resolve.organisation"
          value={choice?.organisation}
          onChange={(organisation) => onChange({ ...choice, organisation })}
          candidates={row.organisationCandidates}
          other={{ value: KEEP_NAME, label: 'resources.participations.import.resolve.keep_name' }}
          disabled={skipped}
        />
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

export const RowsTable = ({
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
