import { useMemo } from 'react';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  Pagination,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { AddToGroupButton } from './AddToGroupButton';
import { KIND_CHOICES, MEMBERSHIP_STATUS_CHOICES } from './choices';
import { createCollectivityExporter } from './exporter';
import { DepartmentField, KindField, MembershipStatusField, type Collectivity } from './fields';
import { CountryFilterInput, DepartmentFilterInput, MultiSelectFilterInput, RegionFilterInput } from './filters';
import { EmptyList, SearchFilter } from '../shared/ListParts';

/** The CSV export fetches every matching row, 1000 per request. */
export const EXPORT_MAX_RESULTS = 50000;

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={EXPORT_MAX_RESULTS} />
  </TopToolbar>
);

export const CollectivityList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const exporter = useMemo(() => createCollectivityExporter(translate, locale), [translate, locale]);
  // staff select rows to add them to a group at once
  const { canAccess: canAddMembers } = useCanAccess({ resource: 'groupMembers', action: 'create' });

  const filters = useMemo(
    () => [
      <SearchFilter key="q" source="q" alwaysOn minWidth={{ xs: 240, md: 320 }} />,
      <MultiSelectFilterInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
      <MultiSelectFilterInput key="membershipStatus" source="membershipStatus" choices={MEMBERSHIP_STATUS_CHOICES} alwaysOn />,
      <RegionFilterInput key="regionCode" source="regionCode" label="resources.collectivities.fields.region" />,
      <DepartmentFilterInput key="departmentCode" source="departmentCode" label="resources.collectivities.fields.department" />,
      <CountryFilterInput key="countryCode" source="countryCode" />,
    ],
    [],
  );

  return (
    <List<Collectivity>
      filters={filters}
      actions={<ListActions />}
      // Relevance = best match first while searching, by name otherwise (no column shows it as sorted).
      sort={{ field: 'relevance', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100, 250]} />}
      exporter={exporter}
      empty={false}
      // the table scrolls sideways, not the list content: the bulk actions toolbar slides over the top of it
      sx={{ '& .RaDataTable-tableWrapper': { overflowX: 'auto' } }}
    >
      <DataTable<Collectivity>
        rowClick="show"
        bulkActionButtons={canAddMembers ? <AddToGroupButton /> : false}
        empty={<EmptyList />}
        sx={{ '& .RaDataTable-rowCell, & .RaDataTable-headerCell': { py: 0.75 } }}
      >
        <DataTable.Col source="name" sx={{ minWidth: 220 }} cellSx={() => ({ fontWeight: 500 })} />
        <DataTable.Col source="kind" field={KindField} sx={{ width: 210 }} />
        <DataTable.Col
          source="inseeCode"
          sx={{ width: 110, whiteSpace: 'nowrap' }}
          cellSx={() => ({ fontFamily: 'monospace' })}
        />
        <DataTable.Col
          source="departmentCode"
          label="resources.collectivities.fields.department"
          field={DepartmentField}
          sx={{ width: 230 }}
        />
        <DataTable.NumberCol
          source="population"
          locales={intlLocale(locale)}
          options={{ maximumFractionDigits: 0 }}
          sortByOrder="DESC"
          sx={{ width: 120, whiteSpace: 'nowrap' }}
        />
        <DataTable.Col source="membershipStatus" field={MembershipStatusField} sx={{ width: 150 }} />
      </DataTable>
    </List>
  );
};

export default CollectivityList;
