import type { ReactElement, ReactNode } from 'react';
import {
  DeleteButton,
  Edit,
  ListButton,
  SaveButton,
  ShowButton,
  SimpleForm,
  Toolbar,
  TopToolbar,
  useRecordContext,
  type EditProps,
  type RaRecord,
} from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';

export interface EditPageProps<RecordType extends RaRecord> {
  title: ReactElement;
  children: ReactNode;
  /** Where a save leads: the record's page, or the list for resources without one. */
  redirect: 'show' | 'list';
  /**
   * Whether the record may be deleted from here (a function of the record: a referential row may
   * not). Without it the toolbar only saves: users are deactivated, registrations cancelled.
   */
  deletable?: boolean | ((record: RecordType) => boolean);
  maxWidth?: number;
  transform?: EditProps['transform'];
}

const Actions = ({ hasShow }: { hasShow: boolean }) => (
  <TopToolbar>
    <ListButton />
    {hasShow && <ShowButton />}
  </TopToolbar>
);

const FormToolbar = <RecordType extends RaRecord>({ deletable }: { deletable: EditPageProps<RecordType>['deletable'] }) => {
  const record = useRecordContext<RecordType>();
  const canDelete = typeof deletable === 'function' ? !!record && deletable(record) : !!deletable;
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {canDelete && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

/**
 * The edit page of every resource. Pessimistic: the page waits for the API's answer, so a refused
 * save leaves the form as typed and shows the server's errors under the fields (in French); a
 * stale version (CONFLICT) reloads the record; leaving with unsaved changes asks first.
 */
export const EditPage = <RecordType extends RaRecord>({
  title,
  children,
  redirect,
  deletable,
  maxWidth = 1000,
  transform,
}: EditPageProps<RecordType>) => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<RecordType>
      title={title}
      actions={<Actions hasShow={redirect === 'show'} />}
      mutationMode="pessimistic"
      redirect={redirect}
      mutationOptions={{ onError }}
      transform={transform}
    >
      <SimpleForm toolbar={<FormToolbar deletable={deletable} />} warnWhenUnsavedChanges sx={{ maxWidth }}>
        {children}
      </SimpleForm>
    </Edit>
  );
};
