import { DeleteButton, Edit, ListButton, SaveButton, SimpleForm, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Partnership } from './fields';
import { PartnershipInputs } from './PartnershipInputs';

const EditActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

const EditToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

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

export const PartnershipEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<Partnership>
      title={<PartnershipTitle />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="list"
      mutationOptions={{ onError }}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1000 }}>
        <PartnershipInputs edit />
      </SimpleForm>
    </Edit>
  );
};

export default PartnershipEdit;
