import { Edit, ListButton, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import { ContactInputs } from './ContactInputs';
import { ContactTitle } from './ContactTitle';
import type { Contact } from './fields';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
    <ShowButton />
  </TopToolbar>
);

/** Contacts are never deleted here: a duplicate is merged, a person who asks is erased (ADMIN, from the show page). */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Pessimistic, like the collectivities: a refused save keeps the form as typed; a stale version reloads. */
export const ContactEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<Contact>
      title={<ContactTitle page="edit" />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError }}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1200 }}>
        <ContactInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};

export default ContactEdit;
