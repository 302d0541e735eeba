import { useRecordContext, useTranslate } from 'react-admin';
import { EditPage } from '../shared/EditPage';
import { UserInputs } from './UserInputs';
import type { User } from './fields';

const UserTitle = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  return <span>{translate('resources.users.page.edit', { recordRepresentation: record?.displayName ?? '' })}</span>;
};

/** Users are never deleted (deactivate them): the form only saves. */
export const UserEdit = () => (
  <EditPage<User> title={<UserTitle />} redirect="list" maxWidth={900}>
    <UserInputs mode="edit" />
  </EditPage>
);

export default UserEdit;
