import { useMemo } from 'react';
import { useGetList, type Validator } from 'react-admin';
import { LoadedChoicesInput } from '../shared/pickers';
import { partnerLabel, type Partner } from './fields';

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * The association's partners as choices, by name ("Agence française de développement (AFD)").
 * They are few (a few hundred at most): loaded at once, filtered as one types.
 */
export function usePartnerChoices() {
  const { data, isPending } = useGetList<Partner>(
    'partners',
    { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' }, filter: {} },
    { staleTime: TEN_MINUTES },
  );
  const choices = useMemo(() => (data ?? []).map((partner) => ({ id: partner.id, name: partnerLabel(partner) })), [data]);
  return { choices, isPending };
}

export const PartnerPicker = ({
  source = 'partnerId',
  label = 'resources.partnerships.fields.partnerId',
  validate,
  alwaysOn: _alwaysOn,
  helperText,
  readOnly,
}: {
  source?: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  helperText?: string | false;
  readOnly?: boolean;
}) => {
  const { choices, isPending } = usePartnerChoices();
  return (
    <LoadedChoicesInput
      source={source}
      label={label}
      choices={choices}
      isPending={isPending}
      validate={validate}
      helperText={helperText}
      readOnly={readOnly}
      width={300}
    />
  );
};

export default PartnerPicker;
