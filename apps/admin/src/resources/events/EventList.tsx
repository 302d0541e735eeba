import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { CreateButton, DataTable, List, SearchInput, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { yearChoices } from '../../util/dates';
import { DatesField, EditionField, type EventRecord } from './fields';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }}>
      <Typography color="text.secondary">{translate('resources.events.empty')}</Typography>
    </Box>
  );
};

/** The editions, newest first (the API's order: the columns do not sort). */
export const EventList = () => {
  const translate = useTranslate();
  const filters = useMemo(
    () => [
      <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.events.helpers.q')} sx={{ minWidth: 280 }} />,
      <SelectInput key="year" source="year" choices={yearChoices(20)} alwaysOn sx={{ minWidth: 120 }} />,
    ],
    [translate],
  );
  return (
    <List<EventRecord> filters={filters} actions={<ListActions />} perPage={25} empty={false}>
      <DataTable<EventRecord> rowClick="show" bulkActionButtons={false} empty={<Empty />}>
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
