import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Link } from '@mui/material';
import { CreateButton, Datagrid, DateField, List, NumberField, TextField, TopToolbar, useTranslate } from 'react-admin';
import { useOperation } from '../useOperation';
import { StatusField } from './MailingStatusField';

/** Where the embedded mail catcher shows what would have gone out (no SMTP_URL). */
export const MailCatcherLink = () => {
  const translate = useTranslate();
  const settings = useOperation<Fields<Api.MailSettings, 'catcherUrl'>>('mailSettings', {});
  if (!settings.data?.catcherUrl) return null;
  return (
    <Link href={settings.data.catcherUrl} target="_blank" rel="noopener" sx={{ alignSelf: 'center', mr: 2 }}>
      {translate('territoria.mailings.catcher')}
    </Link>
  );
};

const MailingList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={
      <TopToolbar>
        <MailCatcherLink />
        <CreateButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="subject" sortable={false} />
      <StatusField kind="status" label="resources.mailings.fields.status" />
      <DateField source="createdAt" showTime sortable={false} />
      <DateField source="sentAt" showTime sortable={false} />
      <NumberField source="recipientCount" sortable={false} />
      <NumberField source="sentCount" sortable={false} />
      <NumberField source="failedCount" sortable={false} />
    </Datagrid>
  </List>
);

export default MailingList;
