import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Partnership } from './fields';
import { PartnershipInputs } from './PartnershipInputs';

/** Opened from the list, or from a partner's page with that partner chosen (location state). */
export const PartnershipCreate = () => {
  const onError = useSaveErrorHandler();
  const defaultValues = useMemo(() => ({ year: new Date().getFullYear(), kind: 'FINANCIAL' }), []);
  return (
    <Create<Partnership> redirect="list" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 1000 }}>
        <PartnershipInputs />
      </SimpleForm>
    </Create>
  );
};

export default PartnershipCreate;
