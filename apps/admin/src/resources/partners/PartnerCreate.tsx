import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Partner } from './fields';
import { PartnerInputs } from './PartnerInputs';

export const PartnerCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create<Partner> redirect="show" mutationOptions={{ onError }}>
      <SimpleForm sx={{ maxWidth: 900 }}>
        <PartnerInputs />
      </SimpleForm>
    </Create>
  );
};

export default PartnerCreate;
