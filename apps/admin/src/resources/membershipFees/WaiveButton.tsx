import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import { Alert, Button as MuiButton, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { operationError } from '../../providers/operations';
import { useRunOperation } from '../useOperation';
import { isOpen } from './choices';
import type { MembershipFee } from './fields';

/** Waives one unpaid fee, with the reason (required: the accountant will ask). */
export const WaiveButton = (_props: { label?: string }) => {
  const record = useRecordContext<MembershipFee>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const run = useRunOperation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fieldErrors: Record<string, string> } | null>(null);
  if (!record || !isOpen(record.status)) return null;

  const waive = async () => {
    if (!reason.trim()) {
      setProblem({ message: '', fieldErrors: { reason: translate('territoria.errors.byField.reason.isNotEmpty') } });
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      await run('waiveFee', { input: { id: String(record.id), reason: reason.trim() } });
      notify('resources.membershipFees.waive.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      setProblem(operationError(error, translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        label="resources.membershipFees.waive.button"
        onClick={(event) => {
          event.stopPropagation();
          setReason('');
          setProblem(null);
          setOpen(true);
        }}
      >
        <MoneyOffIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        onClick={(event) => event.stopPropagation()}
        aria-labelledby={`waive-${record.id}-title`}
        maxWidth="sm"
        fullWidth
      >
        <DialogTitle id={`waive-${record.id}-title`}>
          {translate('resources.membershipFees.waive.title', { name: record.collectivity?.name ?? '', year: record.year })}
        </DialogTitle>
        <DialogContent>
          {problem?.message && !problem.fieldErrors.reason && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            label={translate('resources.membershipFees.waive.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={Boolean(problem?.fieldErrors.reason)}
            helperText={problem?.fieldErrors.reason ?? ' '}
            slotProps={{ htmlInput: { maxLength: 300 } }}
            multiline
            minRows={2}
            fullWidth
            required
            sx={{ mt: 1 }}
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={pending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton
            variant="contained"
            color="warning"
            onClick={waive}
            disabled={pending}
            startIcon={pending ? <CircularProgress size={16} /> : <MoneyOffIcon />}
          >
            {translate('resources.membershipFees.waive.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

export default WaiveButton;
