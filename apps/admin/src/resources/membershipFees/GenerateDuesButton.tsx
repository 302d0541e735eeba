import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { DateInput, NumberInput, maxValue, minValue, required, useListContext, useRefresh, useTranslate } from 'react-admin';
import { todayIso } from '../../util/dates';
import { FormDialogButton } from '../shared/FormDialogButton';
import { useRunOperation } from '../useOperation';

export type DuesGeneration = Fields<Api.DuesGeneration, 'year' | 'created' | 'existing'>;

/** "3 cotisations créées, 2 existaient déjà" */
export function generationMessage(result: DuesGeneration, translate: (key: string, options?: Record<string, unknown>) => string) {
  return translate('resources.membershipFees.generate.done', {
    created: translate('resources.membershipFees.generate.created', { smart_count: result.created }),
    existing: translate('resources.membershipFees.generate.existing', { smart_count: result.existing }),
  });
}

const isInteger = (value: unknown) => (value == null || Number.isInteger(value) ? undefined : 'territoria.errors.fields.isInt');
const yearRules = [
  required('territoria.errors.fields.required'),
  isInteger,
  minValue(1975, 'territoria.errors.fields.min'),
  maxValue(2100, 'territoria.errors.fields.max'),
];

type Generation = Fields<Api.MutationGenerateDuesArgs, 'year'> & SomeFields<Api.MutationGenerateDuesArgs, 'invoicedOn'>;

/**
 * "Générer les cotisations de l'année": asks for the year (the list's, by default) and the
 * invoice date, then invoices every member once (running it again creates nothing). The list
 * then shows that year.
 */
export const GenerateDuesButton = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const run = useRunOperation();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  return (
    <FormDialogButton<Generation>
      buttonLabel="resources.membershipFees.generate.button"
      icon={<PlaylistAddIcon />}
      placement="toolbar"
      title="resources.membershipFees.generate.title"
      intro="resources.membershipFees.generate.content"
      submitLabel="resources.membershipFees.generate.confirm"
      defaultValues={{
        year: typeof filterValues?.year === 'number' ? filterValues.year : new Date().getFullYear(),
        invoicedOn: todayIso(),
      }}
      done={(_values, result) => ({
        message: generationMessage(result as DuesGeneration, translate),
        type: 'success',
        autoHideDuration: 10000,
      })}
      onSubmit={async ({ year, invoicedOn }) => {
        const result = await run<DuesGeneration>('generateDues', { year, invoicedOn: invoicedOn || null });
        setFilters({ ...filterValues, year }, displayedFilters);
        refresh();
        return result;
      }}
    >
      {/* no min, max or step on the input: the browser would refuse in its own words before these rules speak */}
      <NumberInput source="year" label="resources.membershipFees.generate.year" validate={yearRules} fullWidth autoFocus />
      <DateInput source="invoicedOn" label="resources.membershipFees.generate.invoicedOn" fullWidth />
    </FormDialogButton>
  );
};

export default GenerateDuesButton;
