import { DeleteButton, Edit, ListButton, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { EventRecord } from './fields';
import { EventInputs } from './EventInputs';
import { EventTitle } from './EventTitle';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

/** The API refuses to delete an edition that has participations: it says so, in French. */
const EditToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

export const EventEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<EventRecord>
      title={<EventTitle page="edit" />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError }}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1000 }}>
        <EventInputs edit />
      </SimpleForm>
    </Edit>
  );
};

export default EventEdit;
