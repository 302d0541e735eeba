import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import { ExpiresAtField, LastUsedField, PrefixField, ScopesField, StatusField, type ApiToken } from './fields';
import { RevokeButton } from './RevokeButton';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }}>
      <Typography color="text.secondary">{translate('resources.apiTokens.empty')}</Typography>
    </Box>
  );
};

/** Newest first (the API's order); a token is never edited, only revoked. */
export const ApiTokenList = () => (
  <List<ApiToken> actions={<ListActions />} perPage={25} empty={false}>
    <DataTable<ApiToken> rowClick={false} bulkActionButtons={false} empty={<Empty />}>
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
