import { EditPage } from '../shared/EditPage';
import { ContactInputs } from './ContactInputs';
import { ContactTitle } from './ContactTitle';
import type { Contact } from './fields';

/** Contacts are merged or erased from their page, never deleted: the form only saves. */
export const ContactEdit = () => (
  <EditPage<Contact> title={<ContactTitle page="edit" />} redirect="show" maxWidth={1200}>
    <ContactInputs mode="edit" />
  </EditPage>
);

export default ContactEdit;
