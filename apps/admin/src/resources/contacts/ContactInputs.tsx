import { Box } from '@mui/material';
import { useMemo } from 'react';
import { DateInput, SelectInput, TextInput, email, maxLength, required } from 'react-admin';
import { CollectivityInput } from '../shared/pickers';
import { CIVILITY_CHOICES, CONSENT_STATUS_CHOICES, POSITION_KIND_CHOICES } from './choices';
import { FieldSection } from '../shared/FieldLayout';

export const wide = { gridColumn: '1 / -1' };
const PHONE = /^\+?[0-9 .()-]{6,30}$/;

/** The API's rules for a contact, with its messages (translated). */
export function useContactValidators() {
  return useMemo(
    () => ({
      name: [required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.fields.maxLength')],
      email: [email('territoria.errors.fields.isEmail'), maxLength(320, 'territoria.errors.fields.maxLength')],
      phone: (value: unknown) =>
        value && !PHONE.test(String(value).trim()) ? 'territoria.errors.byField.phone.matches' : undefined,
      required: required('territoria.errors.fields.required'),
      title: [required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.fields.maxLength')],
    }),
    [],
  );
}

/** A first position is optional; once a collectivity is picked, its title, kind and start are needed. */
const requiredWithCollectivity = (value: unknown, values: { position?: { collectivityId?: string | null } }) =>
  values?.position?.collectivityId && (value === undefined || value === null || value === '')
    ? 'territoria.errors.fields.required'
    : undefined;

/** Identity, consent and notes: the same on creation and edition (the first position only on creation). */
export const ContactInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const validate = useContactValidators();
  return (
    <>
      <FieldSection title="resources.contacts.sections.identity">
        <SelectInput source="civility" choices={CIVILITY_CHOICES} emptyText="—" />
        <TextInput source="firstName" validate={validate.name} autoComplete="off" />
        <TextInput source="lastName" validate={validate.name} autoComplete="off" />
        <TextInput source="email" type="email" validate={validate.email} autoComplete="off" />
        <TextInput source="phone" type="tel" validate={validate.phone} autoComplete="off" />
      </FieldSection>
      {mode === 'create' && (
        <FieldSection title="resources.contacts.sections.firstPosition" helper="resources.contacts.helpers.firstPosition">
          <Box sx={wide}>
            <CollectivityInput
              source="position.collectivityId"
              label="resources.contacts.fields.position.collectivityId"
              helperText={false}
            />
          </Box>
          <TextInput source="position.title" validate={requiredWithCollectivity} />
          <SelectInput source="position.kind" choices={POSITION_KIND_CHOICES} validate={requiredWithCollectivity} />
          <DateInput source="position.startedOn" validate={requiredWithCollectivity} />
        </FieldSection>
      )}
      <FieldSection title="resources.contacts.sections.consent">
        <SelectInput source="consentStatus" choices={CONSENT_STATUS_CHOICES} validate={validate.required} />
        <TextInput
          source="consentSource"
          helperText="resources.contacts.helpers.consentSource"
          sx={{ gridColumn: { lg: 'span 2' } }}
        />
      </FieldSection>
      <FieldSection title="resources.contacts.sections.notes">
        <TextInput source="notes" multiline minRows={3} sx={wide} label="resources.contacts.fields.notes" />
      </FieldSection>
    </>
  );
};
