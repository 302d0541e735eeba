import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  InputAdornment,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useRef } from 'react';
import { useNotify, useTranslate } from 'react-admin';

/** Copies with the Clipboard API, or by selecting the text where it is unavailable (plain http). */
export async function copyText(text: string, input?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (permissions, insecure context): fall back on the selection
  }
  if (input) {
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The secret of a token just created, shown this once: a copy button and a clear warning. The
 * dialog closes only through its button, so that nobody loses the secret by clicking aside.
 */
export const SecretDialog = ({
  name,
  secret,
  onClose,
  messages = 'resources.apiTokens.secret',
}: {
  name: string;
  secret: string;
  onClose: () => void;
  /** Where its words are (another resource's secret: a webhook's). */
  messages?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    const copied = await copyText(secret, input.current);
    notify(copied ? `${messages}.copied` : `${messages}.copy_failed`, {
      type: copied ? 'success' : 'warning',
    });
  };
  return (
    <Dialog open maxWidth="md" fullWidth aria-labelledby="api-token-secret-title" disableEscapeKeyDown>
      <DialogTitle id="api-token-secret-title">{translate(`${messages}.title`, { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="api-token-secret-warning">
          {translate(`${messages}.warning`)}
        </Alert>
        <MuiTextField
          label={translate(`${messages}.label`)}
          value={secret}
          fullWidth
          inputRef={input}
          onFocus={(event) => event.target.select()}
          slotProps={{
            htmlInput: {
              readOnly: true,
              'data-testid': 'api-token-secret',
              spellCheck: false,
              style: { fontFamily: 'monospace' },
            },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Button startIcon={<ContentCopyIcon />} onClick={copy} variant="outlined" size="small">
                    {translate(`${messages}.copy`)}
                  </Button>
                </InputAdornment>
              ),
            },
          }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`${messages}.usage`)}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate(`${messages}.done`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export default SecretDialog;
