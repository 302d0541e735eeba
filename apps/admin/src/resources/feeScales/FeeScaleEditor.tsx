import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  IconButton,
  InputAdornment,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { errorCodeOf } from '../../providers/errors';
import { useOperation, useRunOperation } from '../useOperation';
import {
  appendRow,
  bracketsFromRows,
  rowsFromBrackets,
  scaleErrorsFromApi,
  type BracketCell,
  type BracketRow,
  type FeeScale,
  type ScaleProblems,
} from './brackets';

const NO_PROBLEMS: ScaleProblems = { rows: {}, fields: {} };

const validYear = (value: string) => /^\d{4}$/.test(value) && Number(value) >= 1975 && Number(value) <= 2100;

/** The brackets a new year starts with: the latest earlier scale's, or a single open bracket. */
function startingPoint(year: number, scales: readonly FeeScale[]): { rows: BracketRow[]; dueOn: string } {
  const previous = [...scales].filter((scale) => scale.year < year).sort((a, b) => b.year - a.year)[0];
  const dueOn = previous ? `${year}${previous.dueOn.slice(4)}` : `${year}-03-31`;
  return {
    rows: previous ? rowsFromBrackets(previous.brackets) : appendRow([]),
    dueOn: /^\d{4}-02-29$/.test(dueOn) ? `${year}-02-28` : dueOn,
  };
}

/**
 * "Barème des cotisations" (ADMIN): per year, the population brackets (from, to or "et plus")
 * and their amount in euros, and the due date. The console checks the scale with the API's rules
 * before sending it; the API's refusals land on the bracket they name, in French.
 */
export const FeeScaleEditor = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const run = useRunOperation();
  const { canAccess: canEdit } = useCanAccess({ resource: 'feeScales', action: 'edit' });
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const year = validYear(yearText) ? Number(yearText) : null;

  const scales = useOperation<FeeScale[]>('feeScales', {});
  const scale = useOperation<FeeScale | null>('feeScale', { year }, { enabled: year !== null });

  const [rows, setRows] = useState<BracketRow[]>([]);
  const [dueOn, setDueOn] = useState('');
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [problems, setProblems] = useState<ScaleProblems>(NO_PROBLEMS);
  const [saving, setSaving] = useState(false);

  // What is stored for the year (or where a new year starts from) fills the form.
  const loaded = year !== null && !scale.isPending && !scales.isPending;
  useEffect(() => {
    if (!loaded || year === null) return;
    if (scale.data) {
      setRows(rowsFromBrackets(scale.data.brackets));
      setDueOn(scale.data.dueOn);
      setVersion(scale.data.version);
    } else {
      const start = startingPoint(year, scales.data ?? []);
      setRows(start.rows);
      setDueOn(start.dueOn);
      setVersion(undefined);
    }
    setProblems(NO_PROBLEMS);
  }, [loaded, year, scale.data, scales.data]);

  const knownYears = useMemo(() => (scales.data ?? []).map((item) => item.year).sort((a, b) => b - a), [scales.data]);

  const setCell = (index: number, cell: BracketCell, value: string) =>
    setRows((current) => current.map((row, position) => (position === index ? { ...row, [cell]: value } : row)));

  const save = async () => {
    if (year === null) return;
    const { brackets, problems: local } = bracketsFromRows(rows, translate);
    const dueOnProblem = dueOn ? undefined : translate('territoria.errors.fields.required');
    if (local || dueOnProblem) {
      setProblems({
        ...(local ?? NO_PROBLEMS),
        fields: { ...(local?.fields ?? {}), ...(dueOnProblem ? { dueOn: dueOnProblem } : {}) },
      });
      return;
    }
    setSaving(true);
    setProblems(NO_PROBLEMS);
    try {
      const saved = await run<FeeScale>('setFeeScale', {
        input: { year, dueOn, brackets, ...(version !== undefined ? { version } : {}) },
      });
      notify(translate('resources.feeScales.saved', { year: saved.year }), { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['operation', 'feeScales'] });
      await queryClient.invalidateQueries({ queryKey: ['operation', 'feeScale'] });
    } catch (error) {
      if (errorCodeOf(error) === 'CONFLICT') {
        notify('territoria.errors.conflict_reloaded', { type: 'warning', autoHideDuration: 10000 });
        await queryClient.invalidateQueries({ queryKey: ['operation', 'feeScale'] });
      } else {
        setProblems(scaleErrorsFromApi(error, translate));
      }
    } finally {
      setSaving(false);
    }
  };

  const readOnly = canEdit !== true;
  const cellError = (index: number, cell: BracketCell) => Boolean(problems.rows[index]?.cells.includes(cell));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('resources.feeScales.page.list')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('resources.feeScales.page.list')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>
            {translate('resources.feeScales.intro')}
          </Typography>

          <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
            <TextField
              label={translate('resources.feeScales.fields.year')}
              type="number"
              value={yearText}
              onChange={(event) => setYearText(event.target.value)}
              error={!validYear(yearText) || Boolean(problems.fields.year)}
              helperText={problems.fields.year ?? ' '}
              slotProps={{ htmlInput: { min: 1975, max: 2100, step: 1 } }}
              sx={{ width: 140 }}
            />
            <TextField
              label={translate('resources.feeScales.fields.dueOn')}
              type="date"
              value={dueOn}
              onChange={(event) => setDueOn(event.target.value)}
              error={Boolean(problems.fields.dueOn)}
              helperText={problems.fields.dueOn ?? translate('resources.feeScales.helpers.dueOn')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { readOnly } }}
              sx={{ width: 360 }}
            />
          </Box>
          {knownYears.length > 0 && (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }} data-testid="fee-scale-years">
              {knownYears.map((known) => (
                <Chip
                  key={known}
                  label={known}
                  clickable
                  color={known === year ? 'primary' : 'default'}
                  variant={known === year ? 'filled' : 'outlined'}
                  onClick={() => setYearText(String(known))}
                />
              ))}
            </Box>
          )}

          {year === null ? null : !loaded ? (
            <Skeleton variant="rectangular" height={160} />
          ) : (
            <>
              <Alert severity={scale.data ? 'success' : 'info'} sx={{ mb: 2 }}>
                {translate(scale.data ? 'resources.feeScales.existing' : 'resources.feeScales.none', { year })}
              </Alert>
              {problems.message && (
                <Alert severity="error" sx={{ mb: 2 }} data-testid="fee-scale-error">
                  {problems.message}
                </Alert>
              )}
              <Table size="small" sx={{ maxWidth: 900 }} aria-label={translate('resources.feeScales.page.list')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.feeScales.fields.minPopulation')}</TableCell>
                    <TableCell>{translate('resources.feeScales.fields.maxPopulation')}</TableCell>
                    <TableCell>{translate('resources.feeScales.fields.amountCents')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row, index) => {
                    const rowProblem = problems.rows[index];
                    const number = index + 1;
                    return (
                      <Fragment key={row.key}>
                        <TableRow
                          data-testid={`bracket-row-${index}`}
                          sx={rowProblem ? { '& td': { borderBottom: 'none' } } : undefined}
                        >
                          <TableCell>
                            <TextField
                              size="small"
                              value={row.minPopulation}
                              onChange={(event) => setCell(index, 'minPopulation', event.target.value)}
                              error={cellError(index, 'minPopulation')}
                              slotProps={{
                                htmlInput: {
                                  inputMode: 'numeric',
                                  readOnly,
                                  'aria-label': `${translate('resources.feeScales.fields.minPopulation')} ${number}`,
                                },
                              }}
                            />
                          </TableCell>
                          <TableCell>
                            <TextField
                              size="small"
                              value={row.maxPopulation}
                              placeholder={translate('resources.feeScales.and_more')}
                              onChange={(event) => setCell(index, 'maxPopulation', event.target.value)}
                              error={cellError(index, 'maxPopulation')}
                              slotProps={{
                                htmlInput: {
                                  inputMode: 'numeric',
                                  readOnly,
                                  'aria-label': `${translate('resources.feeScales.fields.maxPopulation')} ${number}`,
                                },
                              }}
                            />
                          </TableCell>
                          <TableCell>
                            <TextField
                              size="small"
                              value={row.amount}
                              onChange={(event) => setCell(index, 'amount', event.target.value)}
                              error={cellError(index, 'amount')}
                              slotProps={{
                                input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
                                htmlInput: {
                                  inputMode: 'decimal',
                                  readOnly,
                                  'aria-label': `${translate('resources.feeScales.fields.amountCents')} ${number}`,
                                },
                              }}
                            />
                          </TableCell>
                          <TableCell padding="checkbox">
                            {!readOnly && (
                              <Tooltip title={translate('resources.feeScales.remove_bracket')}>
                                <IconButton
                                  aria-label={`${translate('resources.feeScales.remove_bracket')} ${number}`}
                                  onClick={() => {
                                    setRows((current) => current.filter((_, position) => position !== index));
                                    setProblems(NO_PROBLEMS);
                                  }}
                                >
                                  <DeleteIcon />
                                </IconButton>
                              </Tooltip>
                            )}
                          </TableCell>
                        </TableRow>
                        {rowProblem && (
                          <TableRow>
                            <TableCell colSpan={4} sx={{ pt: 0 }}>
                              <Typography variant="body2" color="error" role="alert" data-testid={`bracket-error-${index}`}>
                                {rowProblem.messages.join(' ')}
                              </Typography>
                            </TableCell>
                          </TableRow>
                        )}
                      </Fragment>
                    );
                  })}
                </TableBody>
              </Table>
              {!readOnly && (
                <Box sx={{ display: 'flex', gap: 2, mt: 2 }}>
                  <Button startIcon={<AddIcon />} onClick={() => setRows((current) => appendRow(current))}>
                    {translate('resources.feeScales.add_bracket')}
                  </Button>
                  <Button
                    variant="contained"
                    startIcon={saving ? <CircularProgress size={16} /> : <SaveIcon />}
                    onClick={save}
                    disabled={saving}
                  >
                    {translate('resources.feeScales.save')}
                  </Button>
                </Box>
              )}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default FeeScaleEditor;
