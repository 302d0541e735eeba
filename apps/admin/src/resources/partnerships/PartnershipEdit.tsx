import { useRecordContext, useTranslate } from 'react-admin';
import { EditPage } from '../shared/EditPage';
import type { Partnership } from './fields';
import { PartnershipInputs } from './PartnershipInputs';

const PartnershipTitle = () => {
  const record = useRecordContext<Partnership>();
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.partnerships.page.edit', {
        recordRepresentation: record ? `${record.partner?.name ?? ''} ${record.year}` : '',
      })}
    </span>
  );
};

export const PartnershipEdit = () => (
  <EditPage<Partnership> title={<PartnershipTitle />} redirect="list" deletable>
    <PartnershipInputs edit />
  </EditPage>
);

export default PartnershipEdit;
