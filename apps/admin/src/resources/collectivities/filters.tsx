import { useMemo } from 'react';
import { AutocompleteInput, SelectArrayInput, SelectInput, useListContext, useLocaleState, type InputProps } from 'react-admin';
import { countryChoices } from '../../i18n/countries';
import { usePlaceChoices } from './places';

type FilterInputProps = Omit<InputProps, 'source'> & { source: string; alwaysOn?: boolean; label?: string };

/** Régions, by name: the filter value is the région's INSEE code (the API filters on regionCode). */
export const RegionFilterInput = ({ alwaysOn: _alwaysOn, ...props }: FilterInputProps) => {
  const { choices, isPending } = usePlaceChoices('REGION');
  return <SelectInput {...props} choices={choices} isPending={isPending} translateChoice={false} sx={{ minWidth: 220 }} />;
};

/** Départements, "Côte-d'Or (21)", restricted to the région chosen in the région filter, if any. */
export const DepartmentFilterInput = ({ alwaysOn: _alwaysOn, ...props }: FilterInputProps) => {
  const { filterValues } = useListContext();
  const { choices, isPending } = usePlaceChoices('DEPARTMENT', filterValues?.regionCode || undefined);
  return <AutocompleteInput {...props} choices={choices} isPending={isPending} translateChoice={false} sx={{ minWidth: 260 }} />;
};

export const CountryFilterInput = ({ alwaysOn: _alwaysOn, ...props }: FilterInputProps) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => countryChoices(locale), [locale]);
  return <AutocompleteInput {...props} choices={choices} translateChoice={false} sx={{ minWidth: 220 }} />;
};

export const MultiSelectFilterInput = ({
  alwaysOn: _alwaysOn,
  choices,
  ...props
}: FilterInputProps & { choices: { id: string; name: string }[] }) => (
  <SelectArrayInput {...props} choices={choices} sx={{ minWidth: 170 }} />
);
