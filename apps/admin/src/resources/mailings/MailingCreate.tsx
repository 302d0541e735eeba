import { Create, SimpleForm } from 'react-admin';
import { MailingInputs } from './MailingInputs';

const MailingCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <MailingInputs />
    </SimpleForm>
  </Create>
);

export default MailingCreate;
