import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { AutocompleteInput, useNotify, type Validator } from 'react-admin';
import type { OperationName } from '../../providers/operations';
import { useOperation, useRunOperation } from '../useOperation';

/** A partner or a series of events: what the choices' operations select. */
type Option = Fields<Api.Partner | Api.EventSeries, 'id' | 'name' | 'acronym'>;

const optionLabel = (option: Option) => (option.acronym ? `${option.name} (${option.acronym})` : option.name);

export interface OperationChoiceInputProps {
  source: string;
  label: string;
  /** The query listing the options (a few: an event's series, the labels), loaded at once. */
  list: OperationName;
  /** The mutation creating one from the typed name, when none fits (no form needed: a name is enough). */
  create: OperationName;
  createItemLabel: string;
  validate?: Validator | Validator[];
  helperText?: string | false;
}

/**
 * Picks one of a short list read with an operation (event series, labels); a name typed that
 * matches none is created on the spot, so a first edition or a first award needs no detour.
 */
export const OperationChoiceInput = ({
  source,
  label,
  list,
  create,
  createItemLabel,
  validate,
  helperText,
}: OperationChoiceInputProps) => {
  const { data, isPending } = useOperation<Option[]>(list, {});
  const runOperation = useRunOperation();
  const queryClient = useQueryClient();
  const notify = useNotify();
  // shown at once, before the list is read again
  const [created, setCreated] = useState<Option[]>([]);
  const choices = useMemo(() => {
    const known = new Map<string, Option>();
    for (const option of [...(data ?? []), ...created]) known.set(option.id, option);
    return [...known.values()].map((option) => ({ id: option.id, name: optionLabel(option) }));
  }, [data, created]);
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={choices}
      isPending={isPending}
      translateChoice={false}
      validate={validate}
      helperText={helperText}
      createItemLabel={createItemLabel}
      onCreate={async (typed?: string) => {
        const name = (typed ?? '').trim();
        if (!name) return undefined;
        try {
          const option = await runOperation<Option>(create, { input: { name } });
          setCreated((previous) => [...previous, option]);
          await queryClient.invalidateQueries({ queryKey: ['operation', list] });
          return { id: option.id, name: optionLabel(option) };
        } catch (error) {
          notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
          return undefined;
        }
      }}
      parse={(value: string | null) => value || null}
      fullWidth
    />
  );
};

export default OperationChoiceInput;
