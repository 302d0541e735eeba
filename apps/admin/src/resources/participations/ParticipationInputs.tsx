import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { RadioButtonGroupInput, SelectInput, TextInput, maxLength, required, useRecordContext } from 'react-admin';
import { PartnerPicker } from '../partners/PartnerPicker';
import { participationRoleChoices, participationStatusChoices } from '../events/choices';
import { CollectivityInput, CountryInput } from '../shared/pickers';
import type { Participation } from './fields';
import { FieldGrid } from '../shared/FieldLayout';

/** On whose behalf someone takes part: a collectivity, a partner, an organisation typed as is, or none. */
export const ORGANISATION_KINDS = ['none', 'collectivity', 'partner', 'free'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const ORGANISATION_KIND_CHOICES = ORGANISATION_KINDS.map((kind) => ({
  id: kind,
  name: `resources.participations.organisation.${kind}`,
}));

/** What the form holds → what the API gets: only the organisation of the kind chosen (the others emptied). */
export function withChosenOrganisation<T extends Record<string, unknown>>(data: T): T {
  const kind = (data.organisationKind as OrganisationKind | undefined) ?? 'none';
  return {
    ...data,
    collectivityId: kind === 'collectivity' ? (data.collectivityId ?? null) : null,
    partnerId: kind === 'partner' ? (data.partnerId ?? null) : null,
    organisationName: kind === 'free' ? (data.organisationName ?? null) : null,
  };
}

/** The organisation kind of a record being edited. */
export function organisationKindOf(
  record: { collectivityId?: string | null; partnerId?: string | null; organisationName?: string | null } | undefined,
): OrganisationKind {
  if (record?.collectivityId) return 'collectivity';
  if (record?.partnerId) return 'partner';
  if (record?.organisationName) return 'free';
  return 'none';
}

const OrganisationInputs = () => {
  // a record being edited says its kind; a new one starts with none (the form's default)
  const record = useRecordContext<Participation>();
  const kind = useWatch({ name: 'organisationKind' }) as OrganisationKind | undefined;
  const mandatory = required('territoria.errors.fields.required');
  return (
    <>
      <RadioButtonGroupInput
        source="organisationKind"
        label="resources.participations.organisation.label"
        choices={ORGANISATION_KIND_CHOICES}
        defaultValue={organisationKindOf(record)}
        row
        sx={{ gridColumn: '1 / -1' }}
      />
      <Box sx={{ gridColumn: '1 / -1' }}>
        {kind === 'collectivity' && (
          <CollectivityInput
            source="collectivityId"
            label="resources.participations.fields.collectivityId"
            validate={mandatory}
          />
        )}
        {kind === 'partner' && (
          <PartnerPicker source="partnerId" label="resources.participations.fields.partnerId" validate={mandatory} />
        )}
        {kind === 'free' && (
          <TextInput
            source="organisationName"
            validate={[mandatory, maxLength(300, 'territoria.errors.fields.maxLength')]}
            fullWidth
          />
        )}
      </Box>
    </>
  );
};

/**
 * The fields a registration shares between creation and edition: its organisation, role, country
 * and notes (the status only on edit: a new registration is "Inscrit(e)").
 */
export const ParticipationInputs = ({ edit = false }: { edit?: boolean }) => (
  <FieldGrid>
    <OrganisationInputs />
    <SelectInput source="role" choices={participationRoleChoices} validate={required('territoria.errors.fields.required')} />
    {edit && (
      <SelectInput
        source="status"
        choices={participationStatusChoices}
        validate={required('territoria.errors.fields.required')}
      />
    )}
    <CountryInput
      source="countryCode"
      label="resources.participations.fields.countryCode"
      helperText="resources.participations.helpers.countryCode"
    />
    <TextInput source="notes" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
  </FieldGrid>
);
