import type * as Api from '@territoria/client';
import { Alert } from '@mui/material';
import { DEFAULT_COUNTRY_CODE, MembershipStatus } from '@territoria/domain';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { countryChoices } from '../../i18n/countries';
import { KIND_CHOICES, MEMBERSHIP_STATUS_CHOICES } from './choices';
import { DeliberationInputs } from './DeliberationInputs';
import type { Collectivity } from './fields';
import { usePlaceChoices } from './places';
import { normalizeCode, useCollectivityValidators } from './validation';
import { FieldSection } from '../shared/FieldLayout';

/** Full row for long inputs inside a Section grid. */
const wide = { gridColumn: '1 / -1' };

/** Text codes keep their leading zeros; spaces are dropped and letters upper-cased ("2a 004" → "2A004"). */
const parseCode = (value: string) => normalizeCode(value) as string | null;

/** Postal codes are a list: shown "21000, 21100", kept as typed while editing, split on save. */
const formatList = (value: unknown) => (Array.isArray(value) ? value.join(', ') : ((value as string | null) ?? ''));
const parseList = (value: string) => value;

/** A région or département picked by name; the value is its INSEE code (kept even if unknown to the list). */
const PlaceInput = ({
  source,
  kind,
  label,
  validate,
  readOnly,
}: {
  source: 'regionCode' | 'departmentCode';
  kind: Extract<Api.CollectivityKind, 'REGION' | 'DEPARTMENT'>;
  label: string;
  validate?: Validator | Validator[];
  readOnly?: boolean;
}) => {
  const regionCode = useWatch({ name: 'regionCode' }) as string | null | undefined;
  const current = useWatch({ name: source }) as string | null | undefined;
  const { choices, isPending } = usePlaceChoices(kind, kind === 'DEPARTMENT' ? regionCode : undefined);
  // A code missing from the list (once loaded) stays selectable, shown as is.
  const allChoices = useMemo(
    () =>
      !isPending && current && !choices.some((choice) => choice.id === current)
        ? [...choices, { id: current, name: current }]
        : choices,
    [choices, current, isPending],
  );
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={allChoices}
      isPending={isPending}
      translateChoice={false}
      validate={validate}
      readOnly={readOnly}
      parse={(value: string | null) => value || null}
    />
  );
};

export const CollectivityInputs = () => {
  const record = useRecordContext<Collectivity>();
  const validators = useCollectivityValidators(record);
  const [locale] = useLocaleState();
  const countries = useMemo(() => countryChoices(locale), [locale]);
  // The API refuses changes to what the official referential owns: those inputs are read-only.
  const locked = !!record?.fromReferential;
  const translate = useTranslate();

  return (
    <>
      {locked && (
        <Alert severity="info" sx={{ width: '100%', mb: 1, boxSizing: 'border-box' }}>
          {translate('resources.collectivities.helpers.referentialLocked')}
        </Alert>
      )}
      <FieldSection title="resources.collectivities.sections.identity">
        <TextInput source="name" validate={validators.name} sx={wide} readOnly={locked} />
        <SelectInput source="kind" choices={KIND_CHOICES} validate={validators.kind} readOnly={locked} />
        <AutocompleteInput
          source="countryCode"
          choices={countries}
          translateChoice={false}
          validate={validators.countryCode}
          defaultValue={DEFAULT_COUNTRY_CODE}
          readOnly={locked}
        />
        <TextInput
          source="inseeCode"
          parse={parseCode}
          validate={validators.inseeCode}
          helperText="resources.collectivities.helpers.inseeCode"
          readOnly={locked}
        />
        <TextInput
          source="siren"
          parse={parseCode}
          validate={validators.siren}
          helperText="resources.collectivities.helpers.siren"
          readOnly={locked}
        />
      </FieldSection>

      <FieldSection title="resources.collectivities.sections.location">
        <PlaceInput
          source="regionCode"
          kind="REGION"
          label="resources.collectivities.fields.region"
          validate={validators.regionCode}
          readOnly={locked}
        />
        <PlaceInput
          source="departmentCode"
          kind="DEPARTMENT"
          label="resources.collectivities.fields.department"
          validate={validators.departmentCode}
          readOnly={locked}
        />
        <TextInput
          source="postalCodes"
          format={formatList}
          parse={parseList}
          validate={validators.postalCodes}
          helperText="resources.collectivities.helpers.postalCodes"
          readOnly={locked}
        />
        <NumberInput source="population" min={0} step={1} validate={validators.population} readOnly={locked} />
      </FieldSection>

      <FieldSection title="resources.collectivities.sections.contact">
        <TextInput source="address" multiline minRows={2} sx={wide} />
        <TextInput
          source="website"
          type="url"
          validate={validators.website}
          helperText="resources.collectivities.helpers.website"
        />
        <TextInput source="email" type="email" validate={validators.email} />
        <TextInput source="phone" type="tel" validate={validators.phone} />
      </FieldSection>

      <FieldSection title="resources.collectivities.sections.membership">
        <SelectInput
          source="membershipStatus"
          choices={MEMBERSHIP_STATUS_CHOICES}
          validate={validators.membershipStatus}
          defaultValue={MembershipStatus.NONE}
        />
        <DateInput source="memberSince" />
        <DateInput source="memberUntil" validate={validators.memberUntil} />
        <DeliberationInputs />
        <TextInput
          source="notes"
          multiline
          minRows={3}
          sx={wide}
          placeholder={translate('resources.collectivities.fields.notes')}
        />
      </FieldSection>
    </>
  );
};

export default CollectivityInputs;
