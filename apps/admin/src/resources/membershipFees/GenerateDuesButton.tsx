import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, Button as MuiButton, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import { operationError } from '../../providers/operations';
import { todayIso } from '../../util/dates';
import { useRunOperation } from '../useOperation';

export interface DuesGeneration {
  year: number;
  created: number;
  existing: number;
}

/** "3 cotisations créées, 2 existaient déjà" */
export function generationMessage(result: DuesGeneration, translate: (key: string, options?: Record<string, unknown>) => string) {
  return translate('resources.membershipFees.generate.done', {
    created: translate('resources.membershipFees.generate.created', { smart_count: result.created }),
    existing: translate('resources.membershipFees.generate.existing', { smart_count: result.existing }),
  });
}

/**
 * "Générer les cotisations de l'année": asks for the year (the list's, by default) and the
 * invoice date, then invoices every member once (running it again creates nothing). The list
 * then shows that year.
 */
export const GenerateDuesButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = useRunOperation();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState('');
  const [invoicedOn, setInvoicedOn] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fieldErrors: Record<string, string> } | null>(null);

  const openDialog = () => {
    setYear(String(typeof filterValues?.year === 'number' ? filterValues.year : new Date().getFullYear()));
    setInvoicedOn(todayIso());
    setProblem(null);
    setOpen(true);
  };

  const generate = async () => {
    const chosenYear = Number(year);
    if (!Number.isInteger(chosenYear) || chosenYear < 1975 || chosenYear > 2100) {
      setProblem({ message: translate('territoria.errors.codes.BAD_USER_INPUT'), fieldErrors: { year: translate('territoria.errors.fields.isInt') } });
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const result = await run<DuesGeneration>('generateDues', { year: chosenYear, invoicedOn: invoicedOn || null });
      notify(generationMessage(result, translate), { type: 'success', autoHideDuration: 10000 });
      setOpen(false);
      setFilters({ ...filterValues, year: chosenYear }, displayedFilters);
      refresh();
    } catch (error) {
      setProblem(operationError(error, translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="resources.membershipFees.generate.button" onClick={openDialog}>
        <PlaylistAddIcon />
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} aria-labelledby="generate-dues-title" maxWidth="sm" fullWidth>
        <DialogTitle id="generate-dues-title">{translate('resources.membershipFees.generate.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.membershipFees.generate.content')}</DialogContentText>
          {problem && !problem.fieldErrors.year && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            label={translate('resources.membershipFees.generate.year')}
            type="number"
            value={year}
            onChange={(event) => setYear(event.target.value)}
            error={Boolean(problem?.fieldErrors.year)}
            helperText={problem?.fieldErrors.year ?? ' '}
            slotProps={{ htmlInput: { min: 1975, max: 2100, step: 1 } }}
            fullWidth
            sx={{ mb: 1 }}
            autoFocus
          />
          <TextField
            label={translate('resources.membershipFees.generate.invoicedOn')}
            type="date"
            value={invoicedOn}
            onChange={(event) => setInvoicedOn(event.target.value)}
            error={Boolean(problem?.fieldErrors.invoicedOn)}
            helperText={problem?.fieldErrors.invoicedOn ?? ' '}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={pending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton
            variant="contained"
            onClick={generate}
            disabled={pending}
            startIcon={pending ? <CircularProgress size={16} /> : <PlaylistAddIcon />}
          >
            {translate('resources.membershipFees.generate.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

export default GenerateDuesButton;
