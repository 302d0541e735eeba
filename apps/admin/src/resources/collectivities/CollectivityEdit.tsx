import {
  DeleteButton,
  Edit,
  ListButton,
  SaveButton,
  ShowButton,
  SimpleForm,
  Toolbar,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { errorCodeOf } from '../../providers/errors';
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
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <Edit<Collectivity>
      title={<CollectivityTitle page="edit" />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{
        onError: (error: unknown) => {
          const code = errorCodeOf(error);
          if (code === 'CONFLICT') {
            notify('territoria.errors.conflict_reloaded', { type: 'warning', autoHideDuration: 10000 });
            refresh();
            return;
          }
          const validationErrors = (error as { body?: { errors?: object } })?.body?.errors;
          if (validationErrors && Object.keys(validationErrors).length > 0) return; // shown on the fields
          notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
        },
      }}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1200 }}>
        <CollectivityInputs />
      </SimpleForm>
    </Edit>
  );
};

export default CollectivityEdit;
