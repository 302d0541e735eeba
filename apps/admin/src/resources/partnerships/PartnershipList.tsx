import { useMemo } from 'react';
import { DataTable, List, SelectArrayInput, SelectInput, TextField, useListContext } from 'react-admin';
import { yearChoices } from '../../util/dates';
import { PartnerPicker } from '../partners/PartnerPicker';
import { PARTNERSHIP_KIND_CHOICES } from './choices';
import { AmountField, PartnerLinkField, PartnershipKindField, type Partnership } from './fields';
import { PartnershipTotals } from './PartnershipTotals';
import { CreateOnlyActions, EmptyList } from '../shared/ListParts';

/** The totals follow the list's year filter. */
const ListTotals = () => {
  const { filterValues } = useListContext();
  const year = typeof filterValues?.year === 'number' ? filterValues.year : undefined;
  return <PartnershipTotals year={year} />;
};

/** Newest year first, then largest amounts (the API's order). */
export const PartnershipList = () => {
  const filters = useMemo(
    () => [
      <SelectInput key="year" source="year" choices={yearChoices(20)} alwaysOn sx={{ minWidth: 120 }} />,
      <SelectArrayInput key="kind" source="kind" choices={PARTNERSHIP_KIND_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
      <PartnerPicker key="partnerId" source="partnerId" alwaysOn helperText={false} />,
    ],
    [],
  );
  return (
    <List<Partnership> filters={filters} actions={<CreateOnlyActions />} perPage={25} empty={false}>
      <ListTotals />
      <DataTable<Partnership> rowClick="edit" bulkActionButtons={false} empty={<EmptyList />}>
        <DataTable.Col source="year" disableSort sx={{ width: 90 }} />
        <DataTable.Col source="partner" label="resources.partnerships.fields.partner" field={PartnerLinkField} disableSort />
        <DataTable.Col source="kind" field={PartnershipKindField} disableSort />
        <DataTable.Col source="amountCents" field={AmountField} disableSort align="right" />
        <DataTable.Col source="agreementReference" disableSort>
          <TextField source="agreementReference" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default PartnershipList;
