import { Edit, SimpleForm } from 'react-admin';
import { MailingInputs } from './MailingInputs';

const MailingEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <MailingInputs />
    </SimpleForm>
  </Edit>
);

export default MailingEdit;
