import CallMergeIcon from '@mui/icons-material/CallMerge';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { downloadText, slug } from '../../util/download';
import { ContactInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';
import { fullName, type Contact } from './fields';
import { FormDialogButton } from '../shared/FormDialogButton';

/**
 * "Fusionner un doublon": pick the duplicate (searched on the server), confirm; its positions,
 * offices and history move onto this contact, then it is removed (mergeContacts).
 */
export const MergeButton = () => {
  const record = useRecordContext<Contact>();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'merge' });
  const runAction = useRunAction();
  const refresh = useRefresh();
  if (!record || !canAccess || record.erasedAt) return null;
  const notThisOne = (value: unknown) => (value && value === record.id ? 'resources.contacts.merge.same' : undefined);
  return (
    <FormDialogButton<{ mergedId: string }>
      buttonLabel="resources.contacts.merge.button"
      icon={<CallMergeIcon />}
      placement="toolbar"
      title="resources.contacts.merge.title"
      titleOptions={{ name: fullName(record) }}
      intro="resources.contacts.merge.intro"
      introSeverity="warning"
      submitLabel="resources.contacts.merge.confirm"
      submitColor="warning"
      done="resources.contacts.merge.done"
      onSubmit={async ({ mergedId }) => {
        await runAction('contacts', { action: 'merge', id: record.id, data: { mergedId } });
        refresh();
      }}
    >
      <ContactInput source="mergedId" label="resources.contacts.fields.mergedId" validate={[notThisOne]} />
    </FormDialogButton>
  );
};

/** ADMIN: everything held on the person, as a JSON file (a data subject's access request). */
export const ExportDataButton = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'exportData' });
  const runAction = useRunAction();
  const [pending, setPending] = useState(false);
  if (!record || !canAccess) return null;
  const exportData = async () => {
    setPending(true);
    try {
      const { data } = await runAction('contacts', { action: 'exportData', id: record.id });
      const date = new Date().toISOString().slice(0, 10);
      downloadText(
        String(data),
        `${translate('resources.contacts.exportData.filename')}-${slug(fullName(record)) || record.id}-${date}.json`,
      );
      notify('resources.contacts.exportData.done', { type: 'info' });
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button label="resources.contacts.exportData.button" onClick={exportData} disabled={pending}>
      <DownloadIcon />
    </Button>
  );
};

/**
 * ADMIN: erases the person for good (eraseContact). A strong confirmation: the full name must be
 * typed before the button works.
 */
export const EraseButton = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const titleId = useId();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'erase' });
  const runAction = useRunAction();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  if (!record || !canAccess || record.erasedAt) return null;
  const name = fullName(record);
  const matches = typed.trim().toLowerCase() === name.toLowerCase();
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  const erase = async () => {
    setPending(true);
    try {
      await runAction('contacts', { action: 'erase', id: record.id });
      notify('resources.contacts.erase.done', { type: 'info' });
      close();
      redirect('show', 'contacts', record.id);
      refresh();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label="resources.contacts.erase.button" color="error" onClick={() => setOpen(true)}>
        <DeleteForeverIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{translate('resources.contacts.erase.title', { name })}</DialogTitle>
        <DialogContent>
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate('resources.contacts.erase.content')}
          </Alert>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('resources.contacts.erase.confirmLabel', { name })}
          </Typography>
          <TextField
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            fullWidth
            size="small"
            autoComplete="off"
            slotProps={{ htmlInput: { 'aria-label': translate('resources.contacts.erase.confirmLabel', { name }) } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            color="error"
            onClick={erase}
            disabled={!matches || pending}
            startIcon={<DeleteForeverIcon />}
          >
            {translate('resources.contacts.erase.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
