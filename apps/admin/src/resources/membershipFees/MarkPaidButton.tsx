import PaidIcon from '@mui/icons-material/Paid';
import { Alert, Button as MuiButton, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { operationError } from '../../providers/operations';
import { todayIso } from '../../util/dates';
import { useRunOperation } from '../useOperation';

/**
 * Bulk action "Marquer payé": the payment date and reference for the selected dues, recorded all
 * at once or not at all (the API refuses the lot when one is paid already).
 */
export const MarkPaidButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = useRunOperation();
  const { selectedIds = [], resource } = useListContext();
  const unselectAll = useUnselectAll(resource ?? 'membershipFees');
  const [open, setOpen] = useState(false);
  const [paidOn, setPaidOn] = useState('');
  const [reference, setReference] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fieldErrors: Record<string, string> } | null>(null);

  const openDialog = () => {
    setPaidOn(todayIso());
    setReference('');
    setProblem(null);
    setOpen(true);
  };

  const markPaid = async () => {
    if (!paidOn) {
      setProblem({ message: '', fieldErrors: { paidOn: translate('territoria.errors.fields.required') } });
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const paid = await run<unknown[]>('markFeesPaid', {
        input: { ids: selectedIds.map(String), paidOn, paymentReference: reference.trim() || null },
      });
      notify(translate('resources.membershipFees.pay.done', { smart_count: paid.length }), { type: 'success' });
      setOpen(false);
      unselectAll();
      refresh();
    } catch (error) {
      setProblem(operationError(error, translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="resources.membershipFees.pay.button" onClick={openDialog} disabled={selectedIds.length === 0}>
        <PaidIcon />
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} aria-labelledby="mark-paid-title" maxWidth="sm" fullWidth>
        <DialogTitle id="mark-paid-title">
          {translate('resources.membershipFees.pay.title', { smart_count: selectedIds.length })}
        </DialogTitle>
        <DialogContent>
          {problem?.message && !problem.fieldErrors.paidOn && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            label={translate('resources.membershipFees.pay.paidOn')}
            type="date"
            value={paidOn}
            onChange={(event) => setPaidOn(event.target.value)}
            error={Boolean(problem?.fieldErrors.paidOn)}
            helperText={problem?.fieldErrors.paidOn ?? ' '}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ mt: 1, mr: 2 }}
            required
          />
          <TextField
            label={translate('resources.membershipFees.pay.paymentReference')}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            error={Boolean(problem?.fieldErrors.paymentReference)}
            helperText={problem?.fieldErrors.paymentReference ?? translate('resources.membershipFees.pay.paymentReferenceHelper')}
            slotProps={{ htmlInput: { maxLength: 100 } }}
            sx={{ mt: 1, minWidth: 280 }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={pending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton variant="contained" onClick={markPaid} disabled={pending} startIcon={pending ? <CircularProgress size={16} /> : <PaidIcon />}>
            {translate('resources.membershipFees.pay.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

export default MarkPaidButton;
