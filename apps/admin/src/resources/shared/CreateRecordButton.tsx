import { useDataProvider, useRefresh } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialogButton, type FormDialogButtonProps } from './FormDialogButton';

/**
 * "Ajouter…" on a record's page: a dialog creating a record of a nested resource (an office in a
 * group, a position of a contact…) with the data provider's `create`, tied to its parent by the
 * `parent` fields; the page is read again afterwards.
 */
export function CreateRecordButton<Values extends FieldValues>({
  resource,
  parent,
  ...dialog
}: Omit<FormDialogButtonProps<Values>, 'onSubmit'> & { resource: string; parent: Record<string, unknown> }) {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  return (
    <FormDialogButton<Values>
      {...dialog}
      onSubmit={async (values) => {
        await dataProvider.create(resource, { data: { ...values, ...parent } });
        refresh();
      }}
    />
  );
}
