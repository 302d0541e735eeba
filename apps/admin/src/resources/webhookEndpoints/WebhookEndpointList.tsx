import { DataTable, DateField, List } from 'react-admin';
import { CreateOnlyActions, EmptyList } from '../shared/ListParts';
import { EnabledField, EventTypesField, type WebhookEndpoint } from './fields';

/** Newest first (the API's order); a row opens the endpoint and its deliveries. */
export const WebhookEndpointList = () => (
  <List<WebhookEndpoint> actions={<CreateOnlyActions />} perPage={25} empty={false}>
    <DataTable<WebhookEndpoint> rowClick="show" bulkActionButtons={false} empty={<EmptyList />}>
      <DataTable.Col source="url" disableSort cellSx={() => ({ fontFamily: 'monospace', wordBreak: 'break-all' })} />
      <DataTable.Col source="eventTypes" field={EventTypesField} disableSort />
      <DataTable.Col source="enabled" field={EnabledField} disableSort />
      <DataTable.Col source="createdAt" disableSort>
        <DateField source="createdAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default WebhookEndpointList;
