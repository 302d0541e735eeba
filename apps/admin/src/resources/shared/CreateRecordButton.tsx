import { useDataProvider, useRefresh } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { FormDialogButton, type FormDialogButtonProps } from './FormDialogButton';

type DialogWords = 'buttonLabel' | 'title' | 'submitLabel' | 'done';

export type CreateRecordButtonProps<Values extends FieldValues> = Omit<FormDialogButtonProps<Values>, 'onSubmit' | DialogWords> &
  Partial<Pick<FormDialogButtonProps<Values>, DialogWords>> & {
    resource: string;
    /** The fields tying the new record to the page's record, e.g. { eventId }. */
    parent: Record<string, unknown>;
    /** Translation prefix of the usual words: `<prefix>.add` (button and submit), `.addTitle`, `.added`. */
    wording?: string;
  };

/**
 * "Ajouter…" on a record's page: a dialog creating a record of a nested resource (an office in a
 * group, a position of a contact…) with the data provider's `create`, tied to its parent by the
 * `parent` fields; the page is read again afterwards.
 */
export function CreateRecordButton<Values extends FieldValues>({
  resource,
  parent,
  wording,
  ...dialog
}: CreateRecordButtonProps<Values>) {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  return (
    <FormDialogButton<Values>
      buttonLabel={`${wording}.add`}
      title={`${wording}.addTitle`}
      submitLabel={`${wording}.add`}
      done={`${wording}.added`}
      {...dialog}
      onSubmit={async (values) => {
        await dataProvider.create(resource, { data: { ...values, ...parent } });
        refresh();
      }}
    />
  );
}
