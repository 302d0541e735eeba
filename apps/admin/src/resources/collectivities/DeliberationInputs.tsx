import { Alert, Box } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateInput, TextInput, maxLength, useRecordContext, useTranslate } from 'react-admin';
import type { Collectivity } from './fields';

/**
 * On the edit form, once the membership status is changed: the council's deliberation (date and
 * reference), optional, recorded by the API with the change. Put back to the stored status, the
 * inputs go away and nothing of them is sent.
 */
export const DeliberationInputs = () => {
  const record = useRecordContext<Collectivity>();
  const translate = useTranslate();
  const status = useWatch({ name: 'membershipStatus' }) as string | undefined;
  const { setValue } = useFormContext();
  const changed = Boolean(record?.id) && status !== undefined && status !== record?.membershipStatus;
  useEffect(() => {
    if (!changed) {
      setValue('deliberationDate', null);
      setValue('deliberationReference', null);
    }
  }, [changed, setValue]);
  if (!changed) return null;
  return (
    <Box sx={{ gridColumn: '1 / -1', display: 'contents' }} data-testid="deliberation-inputs">
      <Alert severity="info" sx={{ gridColumn: '1 / -1', mb: 2 }}>
        {translate('resources.collectivities.helpers.deliberation')}
      </Alert>
      <DateInput source="deliberationDate" />
      <TextInput source="deliberationReference" validate={maxLength(100, 'territoria.errors.fields.maxLength')} />
    </Box>
  );
};

export default DeliberationInputs;
