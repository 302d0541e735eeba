import { Typography } from '@mui/material';
import {
  DateField,
  DeleteButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DeliveriesPanel } from './DeliveriesPanel';
import { EnabledField, EventTypesField, ScopesField, type WebhookEndpoint } from './fields';

const Actions = () => (
  <TopToolbar>
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Deliveries = () => {
  const record = useRecordContext<WebhookEndpoint>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('resources.webhookEndpoints.deliveries.title')}
      </Typography>
      <DeliveriesPanel endpointId={record.id} />
    </>
  );
};

/** An endpoint: where it sends, what, with which visibility; and its deliveries. */
export const WebhookEndpointShow = () => (
  <Show<WebhookEndpoint> actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="url" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      <TextField source="description" emptyText="—" />
      <Labeled source="eventTypes">
        <EventTypesField />
      </Labeled>
      <Labeled source="scopes">
        <ScopesField />
      </Labeled>
      <Labeled source="enabled">
        <EnabledField />
      </Labeled>
      <DateField source="createdAt" showTime />
      <Deliveries />
    </SimpleShowLayout>
  </Show>
);

export default WebhookEndpointShow;
