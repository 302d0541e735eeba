import { useMemo } from 'react';
import { DataTable, List, SelectArrayInput, TextField, UrlField } from 'react-admin';
import { CountryField } from '../collectivities/fields';
import { PARTNER_KIND_CHOICES } from './choices';
import { PartnerKindField, type Partner } from './fields';
import { CreateOnlyActions, EmptyList, SearchFilter } from '../shared/ListParts';

/** By name (the API's order: the columns do not sort). */
export const PartnerList = () => {
  const filters = useMemo(
    () => [
      <SearchFilter key="q" source="q" alwaysOn minWidth={280} />,
      <SelectArrayInput key="kind" source="kind" choices={PARTNER_KIND_CHOICES} alwaysOn sx={{ minWidth: 220 }} />,
    ],
    [],
  );
  return (
    <List<Partner> filters={filters} actions={<CreateOnlyActions />} perPage={25} empty={false}>
      <DataTable<Partner> rowClick="show" bulkActionButtons={false} empty={<EmptyList />}>
        <DataTable.Col source="name" disableSort cellSx={() => ({ fontWeight: 500 })} />
        <DataTable.Col source="acronym" disableSort>
          <TextField source="acronym" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="kind" field={PartnerKindField} disableSort />
        <DataTable.Col source="countryCode" field={CountryField} disableSort />
        <DataTable.Col source="website" disableSort>
          <UrlField
            source="website"
            emptyText="—"
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => event.stopPropagation()}
          />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default PartnerList;
