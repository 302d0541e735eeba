import { useMemo } from 'react';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  Pagination,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { CollectivityInput, GroupInput } from '../shared/pickers';
import { CONSENT_STATUS_CHOICES, POSITION_KIND_CHOICES } from './choices';
import { createContactExporter } from './exporter';
import { ConsentField, CurrentPositionsField, FullNameField, GroupsField, type Contact } from './fields';
import { EmptyList, SearchFilter } from '../shared/ListParts';

/** The CSV export fetches every matching row, 1000 per request (STAFF and ADMIN only). */
export const CONTACT_EXPORT_MAX_RESULTS = 50000;

/** The API serves a group president at most 50 contacts a page: no larger page is offered to them. */
export const PRESIDENT_PAGE_SIZES = [10, 25, 50];
const PAGE_SIZES = [25, 50, 100, 250];

const ListActions = ({ canExport }: { canExport: boolean }) => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    {canExport && <ExportButton maxResults={CONTACT_EXPORT_MAX_RESULTS} />}
  </TopToolbar>
);

export const ContactList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: canExport } = useCanAccess({ resource: 'contacts', action: 'export' });
  const exporter = useMemo(() => createContactExporter(translate, locale), [translate, locale]);

  const filters = useMemo(
    () => [
      <SearchFilter key="q" source="q" alwaysOn minWidth={{ xs: 200, md: 240 }} />,
      <CollectivityInput
        key="collectivityId"
        source="collectivityId"
        label="resources.contacts.fields.collectivityId"
        helperText={false}
        alwaysOn
        sx={{ width: 240 }}
      />,
      <GroupInput
        key="groupId"
        source="groupId"
        label="resources.contacts.fields.groupId"
        helperText={false}
        alwaysOn
        sx={{ width: 200 }}
      />,
      <SelectArrayInput key="consentStatus" source="consentStatus" choices={CONSENT_STATUS_CHOICES} sx={{ minWidth: 170 }} />,
      <SelectInput key="positionKind" source="positionKind" choices={POSITION_KIND_CHOICES} sx={{ minWidth: 170 }} />,
    ],
    [],
  );

  return (
    <List<Contact>
      filters={filters}
      actions={<ListActions canExport={canExport === true} />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={canExport ? PAGE_SIZES : PRESIDENT_PAGE_SIZES} />}
      exporter={canExport ? exporter : false}
      empty={false}
      sx={{ '& .RaDataTable-tableWrapper': { overflowX: 'auto' } }}
    >
      <DataTable<Contact>
        rowClick="show"
        bulkActionButtons={false}
        empty={<EmptyList />}
        sx={{ '& .RaDataTable-rowCell, & .RaDataTable-headerCell': { py: 0.75 } }}
      >
        <DataTable.Col source="name" label="resources.contacts.fields.fullName" field={FullNameField} sx={{ minWidth: 200 }} />
        <DataTable.Col
          source="positions"
          label="resources.contacts.fields.currentPositions"
          field={CurrentPositionsField}
          disableSort
        />
        <DataTable.Col source="groups" field={GroupsField} disableSort />
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="phone" disableSort sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="consentStatus" field={ConsentField} disableSort />
      </DataTable>
    </List>
  );
};

export default ContactList;
