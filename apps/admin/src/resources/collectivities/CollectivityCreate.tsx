import { Create, SimpleForm } from 'react-admin';
import { CollectivityInputs } from './CollectivityInputs';
import type { Collectivity } from './fields';

export const CollectivityCreate = () => (
  <Create<Collectivity> redirect="show">
    <SimpleForm sx={{ maxWidth: 1200 }}>
      <CollectivityInputs />
    </SimpleForm>
  </Create>
);

export default CollectivityCreate;
