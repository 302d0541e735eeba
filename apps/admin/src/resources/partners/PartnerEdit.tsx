import { EditPage } from '../shared/EditPage';
import type { Partner } from './fields';
import { PartnerInputs } from './PartnerInputs';
import { PartnerTitle } from './PartnerTitle';

/** The API refuses to delete a partner that still has partnerships or contacts: it says so, in French. */
export const PartnerEdit = () => (
  <EditPage<Partner> title={<PartnerTitle page="edit" />} redirect="show" deletable maxWidth={900}>
    <PartnerInputs />
  </EditPage>
);

export default PartnerEdit;
