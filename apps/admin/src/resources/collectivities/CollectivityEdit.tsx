import { EditPage } from '../shared/EditPage';
import { CollectivityInputs } from './CollectivityInputs';
import { CollectivityTitle } from './CollectivityTitle';
import type { Collectivity } from './fields';

/** Rows of the official referential cannot be deleted (the API refuses): no delete button for them. */
export const CollectivityEdit = () => (
  <EditPage<Collectivity>
    title={<CollectivityTitle page="edit" />}
    redirect="show"
    deletable={(record) => !record.fromReferential}
    maxWidth={1200}
  >
    <CollectivityInputs />
  </EditPage>
);

export default CollectivityEdit;
