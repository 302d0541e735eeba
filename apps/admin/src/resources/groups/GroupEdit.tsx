import { DeleteButton, Edit, ListButton, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Group } from './fields';
import { GroupInputs } from './GroupInputs';
import { GroupTitle } from './GroupTitle';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

const EditToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

export const GroupEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<Group> title={<GroupTitle page="edit" />} actions={<EditActions />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1000 }}>
        <GroupInputs />
      </SimpleForm>
    </Edit>
  );
};

export default GroupEdit;
