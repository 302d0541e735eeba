import { InputAdornment } from '@mui/material';
import { TextInput, type Validator } from 'react-admin';
import { centsToInput, parseEurosToCents } from '../../util/money';

/**
 * An amount typed in euros ("12 500,50"), kept as typed while editing and sent in cents (the
 * resource table's normalizeInput turns the text into cents). Stored cents show as "12500,5".
 */
export const amountRule: Validator = (value: unknown) => {
  if (value === null || value === undefined || value === '') return undefined;
  const cents = typeof value === 'number' ? value : parseEurosToCents(String(value));
  if (cents === null) return undefined;
  if (Number.isNaN(cents)) return 'territoria.errors.byField.amountCents.isInt';
  if (cents < 0) return 'territoria.errors.byField.amountCents.min';
  if (cents > 2_000_000_000) return 'territoria.errors.byField.amountCents.max';
  return undefined;
};

export const formatAmount = (value: unknown) =>
  typeof value === 'number' ? centsToInput(value) : ((value as string | null) ?? '');

export const AmountInput = ({ source = 'amountCents', helperText }: { source?: string; helperText?: string | false }) => (
  <TextInput
    source={source}
    format={formatAmount}
    parse={(value: string) => value}
    validate={amountRule}
    helperText={helperText}
    slotProps={{
      input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
      htmlInput: { inputMode: 'decimal', autoComplete: 'off' },
    }}
  />
);

export default AmountInput;
