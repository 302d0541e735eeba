import { DataTable, List } from 'react-admin';
import { ExpiresAtField, LastUsedField, PrefixField, ScopesField, StatusField, type ApiToken } from './fields';
import { RevokeButton } from './RevokeButton';
import { CreateOnlyActions, EmptyList } from '../shared/ListParts';

/** Newest first (the API's order); a token is never edited, only revoked. */
export const ApiTokenList = () => (
  <List<ApiToken> actions={<CreateOnlyActions />} perPage={25} empty={false}>
    <DataTable<ApiToken> rowClick={false} bulkActionButtons={false} empty={<EmptyList />}>
      <DataTable.Col source="name" disableSort cellSx={() => ({ fontWeight: 500 })} />
      <DataTable.Col source="prefix" field={PrefixField} disableSort />
      <DataTable.Col source="scopes" field={ScopesField} disableSort />
      <DataTable.Col source="expiresAt" field={ExpiresAtField} disableSort />
      <DataTable.Col source="lastUsedAt" field={LastUsedField} disableSort />
      <DataTable.Col source="status" label="resources.apiTokens.fields.status" field={StatusField} disableSort />
      <DataTable.Col label={false} disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default ApiTokenList;
