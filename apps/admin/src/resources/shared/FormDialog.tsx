import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { operationError } from '../../providers/operations';

/** The notification once done: a translation key and its options; an info by default. */
export interface DoneNotification {
  message: string;
  options?: Record<string, unknown>;
  type?: 'info' | 'success';
  autoHideDuration?: number;
}

export interface FormDialogProps<Values extends FieldValues> {
  open: boolean;
  onClose: () => void;
  /** Translation key of the title, and its options. */
  title: string;
  titleOptions?: Record<string, unknown>;
  /** Text above the inputs (translation key). */
  intro?: string;
  introSeverity?: 'info' | 'warning';
  submitLabel: string;
  submitIcon?: ReactElement;
  submitColor?: 'primary' | 'error' | 'warning';
  defaultValues?: Partial<Values>;
  /**
   * Runs the change; a rejection is shown (field errors under the inputs, the rest in a
   * notification, in the console's words of a precise CONFLICT or NOT_FOUND: see operationError).
   */
  onSubmit: (values: Values) => Promise<unknown>;
  /** Translation key of the notification once done, or the notification built from the values and onSubmit's result. */
  done?: string | ((values: Values, result: unknown) => DoneNotification);
  children: ReactNode;
}

const NO_RECORD = {};

/**
 * A small form in a dialog, for the changes made from a show page or a list (add members, end a
 * mandate, appoint an officer, mark dues paid…). The dialog stays open on a refusal, with the API's
 * field errors under the inputs (translated by errors.ts) and the message in a notification.
 */
export function FormDialog<Values extends FieldValues>({
  open,
  onClose,
  title,
  titleOptions,
  intro,
  introSeverity = 'info',
  submitLabel,
  submitIcon,
  submitColor = 'primary',
  defaultValues,
  onSubmit,
  done,
  children,
}: FormDialogProps<Values>) {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [formKey, setFormKey] = useState(0);

  const close = () => {
    onClose();
    // a fresh form next time
    setFormKey((key) => key + 1);
  };

  const submit = async (values: FieldValues) => {
    try {
      const result = await onSubmit(values as Values);
      if (done) {
        const {
          message,
          options,
          type = 'info',
          autoHideDuration,
        } = typeof done === 'string' ? ({ message: done } as DoneNotification) : done(values as Values, result);
        notify(message, { type, messageArgs: options, ...(autoHideDuration ? { autoHideDuration } : {}) });
      }
      close();
      return undefined;
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, unknown> } })?.body;
      notify(operationError(error, translate).message, { type: 'error' });
      // shown under the inputs when they are on this form
      return body?.errors;
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      // inside a table row: keep clicks from reaching the row (React events cross portals)
      onClick={(event) => event.stopPropagation()}
    >
      {/* its own values only: the page's record (a collectivity's kind, an edition's title) must not fill the dialog's inputs */}
      <Form key={formKey} onSubmit={submit} defaultValues={defaultValues as FieldValues} record={NO_RECORD}>
        <DialogTitle id={titleId}>{translate(title, titleOptions)}</DialogTitle>
        <DialogContent>
          {intro && (
            <Alert severity={introSeverity} sx={{ mb: 2 }}>
              {translate(intro, titleOptions)}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <SaveButton label={submitLabel} icon={submitIcon} color={submitColor} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

export default FormDialog;
