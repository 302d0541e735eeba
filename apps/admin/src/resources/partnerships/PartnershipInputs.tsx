import { NumberInput, SelectInput, TextInput, maxLength, maxValue, minValue, required, useRecordContext } from 'react-admin';
import { PartnerPicker } from '../partners/PartnerPicker';
import { ChosenOnCreate, FieldGrid } from '../shared/FieldLayout';
import { EventInput } from '../shared/pickers';
import { AmountInput } from './AmountInput';
import { PARTNERSHIP_KIND_CHOICES } from './choices';
import type { Partnership } from './fields';

const yearRules = [
  required('territoria.errors.fields.required'),
  minValue(1975, 'territoria.errors.fields.min'),
  maxValue(2100, 'territoria.errors.fields.max'),
];

/**
 * The partnership form. The partner is chosen when the partnership is created (the API moves no
 * partnership to another partner): the edit form shows it.
 */
export const PartnershipInputs = ({ edit = false }: { edit?: boolean }) => {
  const record = useRecordContext<Partnership>();
  return (
    <FieldGrid>
      <ChosenOnCreate
        edit={edit}
        label="resources.partnerships.fields.partner"
        value={record?.partner?.name ?? ''}
        testId="partnership-partner"
      >
        <PartnerPicker
          validate={required('territoria.errors.fields.required')}
          helperText="resources.partnerships.helpers.partnerId"
        />
      </ChosenOnCreate>
      <NumberInput source="year" step={1} validate={yearRules} />
      <SelectInput source="kind" choices={PARTNERSHIP_KIND_CHOICES} validate={required('territoria.errors.fields.required')} />
      <AmountInput helperText="resources.partnerships.helpers.amountCents" />
      <TextInput
        source="agreementReference"
        validate={maxLength(100, 'territoria.errors.fields.maxLength')}
        sx={{ gridColumn: '1 / span 2' }}
      />
      {/* the edition of the Rencontres it supports: its partners count in that edition's figures */}
      <EventInput
        source="eventId"
        label="resources.partnerships.fields.eventId"
        helperText="resources.partnerships.helpers.eventId"
        sx={{ width: '100%' }}
      />
      <TextInput source="notes" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
    </FieldGrid>
  );
};

export default PartnershipInputs;
