import { Box } from '@mui/material';
import { useMemo } from 'react';
import { AutocompleteInput, SelectInput, TextInput, maxLength, required, useLocaleState } from 'react-admin';
import { countryChoices } from '../../i18n/countries';
import { validateWebsite } from '../shared/validators';
import { PARTNER_KIND_CHOICES } from './choices';

/** The partner form (create and edit): same limits as the API's input. */
export const PartnerInputs = () => {
  const [locale] = useLocaleState();
  const countries = useMemo(() => countryChoices(locale), [locale]);
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
        columnGap: 2,
        width: '100%',
      }}
    >
      <TextInput
        source="name"
        validate={[required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.byField.name.maxLength')]}
        sx={{ gridColumn: '1 / -1' }}
      />
      <TextInput
        source="acronym"
        validate={maxLength(40, 'territoria.errors.fields.maxLength')}
        helperText="resources.partners.helpers.acronym"
      />
      <SelectInput source="kind" choices={PARTNER_KIND_CHOICES} validate={required('territoria.errors.fields.required')} />
      <AutocompleteInput
        source="countryCode"
        choices={countries}
        translateChoice={false}
        parse={(value: string | null) => value || null}
      />
      <TextInput source="website" type="url" validate={validateWebsite} helperText="resources.partners.helpers.website" />
      <TextInput source="notes" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
    </Box>
  );
};

export default PartnerInputs;
