import { Box } from '@mui/material';
import { useMemo } from 'react';
import {
  AutocompleteArrayInput,
  BooleanInput,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useResourceContext,
} from 'react-admin';
import { countryChoices } from '../../i18n/countries';
import { resourceKind } from './paths';

const validateName = [required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.byField.name.maxLength')];
const validateCountries = [
  required('territoria.errors.byField.countries.arrayMinSize'),
  (value: unknown) => (Array.isArray(value) && value.length > 60 ? 'territoria.errors.fields.arrayMaxSize' : undefined),
];
const validateTheme = [required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.fields.maxLength')];

/** A group's form: its countries (French names, ISO codes sent) or its theme, as the resource's kind says. */
export const GroupInputs = () => {
  const resource = useResourceContext();
  const kind = resourceKind(resource);
  const [locale] = useLocaleState();
  const countries = useMemo(() => countryChoices(locale), [locale]);
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, columnGap: 2, width: '100%' }}
    >
      <TextInput source="name" validate={validateName} autoComplete="off" />
      {kind === 'COUNTRY' ? (
        <AutocompleteArrayInput source="countries" choices={countries} translateChoice={false} validate={validateCountries} />
      ) : (
        <TextInput source="theme" validate={validateTheme} autoComplete="off" />
      )}
      <TextInput source="description" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
      <BooleanInput source="allowsCoPresidency" />
    </Box>
  );
};
