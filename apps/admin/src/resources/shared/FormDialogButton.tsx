import { Button as MuiButton } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button as ToolbarButton, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialog, type FormDialogProps } from './FormDialog';

export type FormDialogButtonProps<Values extends FieldValues> = Omit<
  FormDialogProps<Values>,
  'open' | 'onClose' | 'submitIcon'
> & {
  /** Translation key of the button. */
  buttonLabel: string;
  /** The button's icon, also the submit button's. */
  icon: ReactElement;
  /**
   * Where the button stands: above a panel's table (outlined), in a table row (small text; the
   * click does not reach the row), or in a page's or list's toolbar (react-admin's button).
   */
  placement?: 'panel' | 'row' | 'toolbar';
  buttonColor?: 'primary' | 'warning' | 'error';
  disabled?: boolean;
};

/** A button that opens a FormDialog: the way every change made from a page's panel starts. */
export function FormDialogButton<Values extends FieldValues>({
  buttonLabel,
  icon,
  placement = 'panel',
  buttonColor,
  disabled,
  ...dialog
}: FormDialogButtonProps<Values>) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const button =
    placement === 'toolbar' ? (
      <ToolbarButton label={buttonLabel} onClick={() => setOpen(true)} disabled={disabled} color={buttonColor}>
        {icon}
      </ToolbarButton>
    ) : (
      <MuiButton
        variant={placement === 'panel' ? 'outlined' : 'text'}
        size="small"
        color={buttonColor}
        startIcon={icon}
        disabled={disabled}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {translate(buttonLabel)}
      </MuiButton>
    );
  return (
    <>
      {button}
      <FormDialog<Values> {...dialog} submitIcon={icon} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

export default FormDialogButton;
