import { Box } from '@mui/material';
import { useMemo } from 'react';
import {
  DataTable,
  ExportButton,
  List,
  Pagination,
  SelectArrayInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { yearChoices } from '../../util/dates';
import { AmountField } from '../partnerships/fields';
import { FEE_STATUS_CHOICES } from './choices';
import { ArrearsPanel, DuesTotalsPanel, useMembersInArrears } from './DuesSummary';
import { createMembershipFeeExporter } from './exporter';
import { CollectivityCell, DayField, FeeStatusField, type MembershipFee } from './fields';
import { GenerateDuesButton } from './GenerateDuesButton';
import { MarkPaidButton } from './MarkPaidButton';
import { WaiveButton } from './WaiveButton';
import { EmptyList, SearchFilter } from '../shared/ListParts';
import { FeeLetterButton, YearLettersButtons } from '../documents/DuesLetterButtons';

/** Every row of the year fits in one export (the API serves 1000 per request, fetched in chunks). */
export const EXPORT_MAX_RESULTS = 20000;

const ListActions = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues } = useListContext();
  const year = typeof filterValues?.year === 'number' ? filterValues.year : null;
  const exporter = useMemo(() => createMembershipFeeExporter(translate, locale, year), [translate, locale, year]);
  const { canAccess: canGenerate } = useCanAccess({ resource: 'membershipFees', action: 'generate' });
  return (
    <TopToolbar>
      {canGenerate && <GenerateDuesButton />}
      <YearLettersButtons />
      <ExportButton maxResults={EXPORT_MAX_RESULTS} exporter={exporter} />
    </TopToolbar>
  );
};

/** Above the table: the totals of the year filtered on, and the members in arrears. */
const Summary = () => {
  const { filterValues } = useListContext();
  const year = typeof filterValues?.year === 'number' ? filterValues.year : null;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      {year && <DuesTotalsPanel year={year} />}
      <ArrearsPanel />
    </Box>
  );
};

const FeeTable = () => {
  const { ids: arrears } = useMembersInArrears();
  const { canAccess: canPay } = useCanAccess({ resource: 'membershipFees', action: 'pay' });
  const { canAccess: canWaive } = useCanAccess({ resource: 'membershipFees', action: 'waive' });
  return (
    <DataTable<MembershipFee>
      rowClick={false}
      bulkActionButtons={canPay ? <MarkPaidButton /> : false}
      isRowSelectable={(record) => record.status !== 'PAID'}
      empty={<EmptyList />}
      sx={{ '& .RaDataTable-rowCell, & .RaDataTable-headerCell': { py: 0.75 } }}
    >
      <DataTable.Col
        source="collectivity"
        label="resources.membershipFees.fields.collectivity"
        disableSort
        render={() => <CollectivityCell arrears={arrears} />}
      />
      <DataTable.Col source="year" disableSort sx={{ width: 80 }} />
      <DataTable.Col source="amountCents" disableSort align="right" field={AmountField} />
      <DataTable.Col source="status" field={FeeStatusField} disableSort />
      <DataTable.Col source="invoicedOn" disableSort render={() => <DayField source="invoicedOn" />} />
      <DataTable.Col source="dueOn" disableSort render={() => <DayField source="dueOn" />} />
      <DataTable.Col source="paidOn" disableSort render={() => <DayField source="paidOn" />} />
      <DataTable.Col source="paymentReference" disableSort>
        <TextField source="paymentReference" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <FeeLetterButton />
      </DataTable.Col>
      {canWaive && (
        <DataTable.Col label={false} disableSort>
          <WaiveButton />
        </DataTable.Col>
      )}
    </DataTable>
  );
};

/**
 * The dues of a year (the current one to start with), by collectivity name: generate them, record
 * payments in bulk, waive one, export them for the accountant.
 */
export const MembershipFeeList = () => {
  const filters = useMemo(
    () => [
      <SelectInput key="year" source="year" choices={yearChoices(15)} alwaysOn sx={{ minWidth: 120 }} />,
      <SelectArrayInput key="status" source="status" choices={FEE_STATUS_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
      <SearchFilter key="q" source="q" alwaysOn minWidth={260} />,
    ],
    [],
  );
  const filterDefaultValues = useMemo(() => ({ year: new Date().getFullYear() }), []);
  return (
    <List<MembershipFee>
      filters={filters}
      filterDefaultValues={filterDefaultValues}
      actions={<ListActions />}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100, 250]} />}
      empty={false}
      sx={{ '& .RaList-content': { overflowX: 'auto' } }}
    >
      <Summary />
      <FeeTable />
    </List>
  );
};

export default MembershipFeeList;
