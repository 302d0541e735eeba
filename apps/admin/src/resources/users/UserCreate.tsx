import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import { UserInputs } from './UserInputs';
import type { User } from './fields';

export const UserCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create<User> redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ role: 'STAFF' }} sx={{ maxWidth: 900 }}>
        <UserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};

export default UserCreate;
