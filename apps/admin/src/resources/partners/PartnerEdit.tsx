import { DeleteButton, Edit, ListButton, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Partner } from './fields';
import { PartnerInputs } from './PartnerInputs';
import { PartnerTitle } from './PartnerTitle';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

/** The API refuses to delete a partner that still has partnerships or contacts: it says so, in French. */
const EditToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

export const PartnerEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<Partner>
      title={<PartnerTitle page="edit" />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError }}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 900 }}>
        <PartnerInputs />
      </SimpleForm>
    </Edit>
  );
};

export default PartnerEdit;
