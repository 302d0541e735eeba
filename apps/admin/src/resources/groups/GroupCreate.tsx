import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Group } from './fields';
import { GroupInputs } from './GroupInputs';

export const GroupCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create<Group> redirect="show" mutationOptions={{ onError }}>
      <SimpleForm sx={{ maxWidth: 1000 }} defaultValues={{ allowsCoPresidency: false }}>
        <GroupInputs />
      </SimpleForm>
    </Create>
  );
};

export default GroupCreate;
