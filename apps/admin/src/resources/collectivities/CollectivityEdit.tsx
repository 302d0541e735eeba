import { DeleteButton, Edit, ListButton, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, useRecordContext } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import { CollectivityInputs } from './CollectivityInputs';
import { CollectivityTitle } from './CollectivityTitle';
import type { Collectivity } from './fields';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

/** Rows of the official referential cannot be deleted (the API refuses): no delete button for them. */
const EditToolbar = () => {
  const record = useRecordContext<Collectivity>();
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {record && !record.fromReferential && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

/**
 * Pessimistic: the page waits for the API's answer, so a refused save leaves the form as typed
 * and shows the server's errors under the fields. A stale version (CONFLICT) reloads the record.
 */
export const CollectivityEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<Collectivity>
      title={<CollectivityTitle page="edit" />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError }}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1200 }}>
        <CollectivityInputs />
      </SimpleForm>
    </Edit>
  );
};

export default CollectivityEdit;
