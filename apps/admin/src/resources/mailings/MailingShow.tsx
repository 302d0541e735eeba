import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  Datagrid,
  DateField,
  EditButton,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useOperation } from '../useOperation';
import { MailCatcherLink } from './MailingList';
import { MailingAttachmentsPanel } from './MailingAttachments';
import { StatusField } from './MailingStatusField';

type MailingRecord = Fields<Api.Mailing, 'id' | 'subject' | 'status' | 'version' | 'sentCount' | 'waitingCount' | 'failedCount'>;

type Preview = Fields<Api.MailingPreview, 'recipientCount' | 'email' | 'subject' | 'html'>;

/** How many people, and the message one of them gets: what the sender sees before sending. */
const PreviewPanel = () => {
  const record = useRecordContext<MailingRecord>();
  const translate = useTranslate();
  const preview = useOperation<Preview>('mailingPreview', { id: record?.id }, { enabled: !!record });
  if (!record || !preview.data) return null;
  return (
    <Card sx={{ mt: 2 }} data-testid="mailing-preview">
      <CardContent>
        <Typography variant="h6">{translate('territoria.mailings.preview')}</Typography>
        <Typography data-testid="preview-count">
          {translate('territoria.mailings.previewCount', { smart_count: preview.data.recipientCount })}
        </Typography>
        {preview.data.email && (
          <Typography color="text.secondary">
            {translate('territoria.mailings.previewFor', { email: preview.data.email })}
          </Typography>
        )}
        <Typography variant="subtitle1" data-testid="preview-subject">
          {preview.data.subject}
        </Typography>
        <Box
          component="iframe"
          title="preview"
          srcDoc={preview.data.html}
          sandbox=""
          sx={{ width: '100%', height: 400, border: 1 }}
        />
      </CardContent>
    </Card>
  );
};

const SendButtons = () => {
  const record = useRecordContext<MailingRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const preview = useOperation<Preview>('mailingPreview', { id: record?.id }, { enabled: !!record });
  const settings = useOperation<Fields<Api.MailSettings, 'ratePerMinute'>>('mailSettings', {});
  if (!record || record.status !== 'DRAFT') return null;
  const run = async (action: string, data: Record<string, unknown> = {}) => {
    try {
      return (await dataProvider.runAction('mailings', { action, id: record.id, data })).data as unknown;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return undefined;
    }
  };
  return (
    <>
      <Button
        onClick={async () => {
          const email = await run('sendTest');
          if (email) notify(translate('territoria.mailings.testSent', { email }), { type: 'info' });
        }}
      >
        {translate('territoria.mailings.sendTest')}
      </Button>
      <Button variant="contained" onClick={() => setConfirming(true)}>
        {translate('territoria.mailings.send')}
      </Button>
      <Confirm
        isOpen={confirming}
        title={translate('territoria.mailings.sendConfirmTitle', { subject: record.subject })}
        content={translate('territoria.mailings.sendConfirmContent', {
          smart_count: preview.data?.recipientCount ?? 0,
          rate: settings.data?.ratePerMinute ?? '',
        })}
        onConfirm={async () => {
          setConfirming(false);
          if (await run('send', { version: record.version })) {
            notify(translate('territoria.mailings.sending'), { type: 'info' });
            refresh();
          }
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const Actions = () => {
  const record = useRecordContext<MailingRecord>();
  return (
    <TopToolbar>
      <MailCatcherLink />
      <SendButtons />
      {record?.status === 'DRAFT' && <EditButton />}
    </TopToolbar>
  );
};

const Body = () => {
  const record = useRecordContext<MailingRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.status === 'DRAFT' ? (
    <PreviewPanel />
  ) : (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6">{translate('territoria.mailings.recipients')}</Typography>
      {/* read again whenever the counts move (the page polls the mailing while it is being sent) */}
      <ReferenceManyField
        key={`${record.status}-${record.sentCount}-${record.waitingCount}-${record.failedCount}`}
        reference="mailingRecipients"
        target="mailingId"
        perPage={100}
      >
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<Alert severity="info">—</Alert>}>
          <TextField source="email" sortable={false} />
          <StatusField kind="recipientStatus" label="resources.mailingRecipients.fields.status" />
          <DateField source="sentAt" showTime sortable={false} />
          <NumberField source="attempts" sortable={false} />
          <TextField source="lastResponse" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};

const MailingShow = () => (
  <Show
    actions={<Actions />}
    queryOptions={{ refetchInterval: (query) => (query.state.data?.status === 'SENDING' ? 2000 : false) }}
  >
    <SimpleShowLayout>
      <TextField source="subject" />
      <StatusField kind="status" label="resources.mailings.fields.status" />
      <DateField source="sentAt" showTime emptyText="—" />
      <NumberField source="recipientCount" />
      <NumberField source="sentCount" />
      <NumberField source="waitingCount" />
      <NumberField source="failedCount" />
      <MailingAttachmentsPanel />
      <Body />
    </SimpleShowLayout>
  </Show>
);

export default MailingShow;
