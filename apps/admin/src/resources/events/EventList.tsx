import { useMemo } from 'react';
import { DataTable, List, SelectInput, TextField } from 'react-admin';
import { yearChoices } from '../../util/dates';
import { DatesField, EditionField, type EventRecord } from './fields';
import { CreateOnlyActions, EmptyList, SearchFilter } from '../shared/ListParts';

/** The editions, newest first (the API's order: the columns do not sort). */
export const EventList = () => {
  const filters = useMemo(
    () => [
      <SearchFilter key="q" source="q" alwaysOn minWidth={280} />,
      <SelectInput key="year" source="year" choices={yearChoices(20)} alwaysOn sx={{ minWidth: 120 }} />,
    ],
    [],
  );
  return (
    <List<EventRecord> filters={filters} actions={<CreateOnlyActions />} perPage={25} empty={false}>
      <DataTable<EventRecord> rowClick="show" bulkActionButtons={false} empty={<EmptyList />}>
        <DataTable.Col source="editionNumber" field={EditionField} disableSort sx={{ width: 130 }} />
        <DataTable.Col source="year" disableSort sx={{ width: 80 }} />
        <DataTable.Col source="title" disableSort cellSx={() => ({ fontWeight: 500 })} />
        <DataTable.Col source="startsOn" label="resources.events.fields.dates" field={DatesField} disableSort />
        <DataTable.Col source="city" disableSort>
          <TextField source="city" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default EventList;
