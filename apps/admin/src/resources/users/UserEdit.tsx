import { Edit, ListButton, SaveButton, SimpleForm, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import { UserInputs } from './UserInputs';
import type { User } from './fields';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** Users are never deleted (deactivate them): the toolbar only saves. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const UserTitle = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  return <span>{translate('resources.users.page.edit', { recordRepresentation: record?.displayName ?? '' })}</span>;
};

export const UserEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<User> title={<UserTitle />} actions={<EditActions />} mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 900 }}>
        <UserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};

export default UserEdit;
