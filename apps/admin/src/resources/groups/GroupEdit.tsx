import { EditPage } from '../shared/EditPage';
import type { Group } from './fields';
import { GroupInputs } from './GroupInputs';
import { GroupTitle } from './GroupTitle';

export const GroupEdit = () => (
  <EditPage<Group> title={<GroupTitle page="edit" />} redirect="show" deletable>
    <GroupInputs />
  </EditPage>
);

export default GroupEdit;
