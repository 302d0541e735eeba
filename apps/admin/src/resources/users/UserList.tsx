import { useMemo } from 'react';
import { BooleanField, DataTable, List, SelectArrayInput, SelectInput } from 'react-admin';
import { ACTIVE_CHOICES, ROLE_CHOICES } from './choices';
import { LastSignInField, RoleField, type User } from './fields';
import { CreateOnlyActions, EmptyList, SearchFilter } from '../shared/ListParts';

/** The API lists users by display name: the columns are not sortable. */
export const UserList = () => {
  const filters = useMemo(
    () => [
      <SearchFilter key="q" source="q" alwaysOn minWidth={280} />,
      <SelectArrayInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
      <SelectInput key="active" source="active" choices={ACTIVE_CHOICES} alwaysOn sx={{ minWidth: 160 }} />,
    ],
    [],
  );
  return (
    <List<User> filters={filters} actions={<CreateOnlyActions />} perPage={25} empty={false}>
      <DataTable<User> rowClick="edit" bulkActionButtons={false} empty={<EmptyList />}>
        <DataTable.Col source="displayName" disableSort cellSx={() => ({ fontWeight: 500 })} />
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="role" field={RoleField} disableSort />
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="lastSignInAt" field={LastSignInField} disableSort />
      </DataTable>
    </List>
  );
};

export default UserList;
