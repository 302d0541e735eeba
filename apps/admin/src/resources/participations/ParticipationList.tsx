import HowToRegIcon from '@mui/icons-material/HowToReg';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { useMemo } from 'react';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  LinkBase,
  List,
  Pagination,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { participationRoleChoices, participationStatusChoices } from '../events/choices';
import { CountriesInput, EventInput, GroupInput } from '../shared/pickers';
import { createParticipationExporter } from './exporter';
import {
  CountryField,
  MomentField,
  OrganisationField,
  ParticipationRoleField,
  ParticipationStatusField,
  type Participation,
} from './fields';
import { EmptyList, SearchFilter } from '../shared/ListParts';
import { ParticipationBulkActions } from './ParticipationBulkActions';

/** An edition's participants fit in one export (the API serves 1000 per request, fetched in chunks). */
export const PARTICIPATION_EXPORT_MAX_RESULTS = 20000;

const CHECKED_IN_CHOICES = [
  { id: 'true', name: 'resources.participations.checkedInChoices.yes' },
  { id: 'false', name: 'resources.participations.checkedInChoices.no' },
];

/** With an edition chosen: its check-in desk and its import, for the staff. */
const EditionButtons = ({ eventId }: { eventId: string }) => {
  const translate = useTranslate();
  const { canAccess: canCheckIn } = useCanAccess({ resource: 'participations', action: 'checkIn' });
  const { canAccess: canImport } = useCanAccess({ resource: 'participations', action: 'import' });
  return (
    <>
      {canCheckIn && (
        <Button component={LinkBase} to={`/events/${eventId}/check-in`} size="small" startIcon={<HowToRegIcon />}>
          {translate('resources.participations.checkIn.button')}
        </Button>
      )}
      {canImport && (
        <Button component={LinkBase} to={`/events/${eventId}/import`} size="small" startIcon={<UploadFileIcon />}>
          {translate('resources.participations.import.button')}
        </Button>
      )}
    </>
  );
};

const ListActions = ({ canExport }: { canExport: boolean }) => {
  const { filterValues } = useListContext();
  const eventId = typeof filterValues?.eventId === 'string' && filterValues.eventId ? filterValues.eventId : null;
  const { canAccess: canCreate } = useCanAccess({ resource: 'participations', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      {eventId && <EditionButtons eventId={eventId} />}
      {/* a new registration starts in the edition being looked at */}
      {canCreate && <CreateButton state={eventId ? { record: { eventId } } : undefined} />}
      {canExport && <ExportButton maxResults={PARTICIPATION_EXPORT_MAX_RESULTS} />}
    </TopToolbar>
  );
};

/**
 * Who registered for an edition (or for all of them), by name: filter by edition, status, role,
 * country; export for the staff. A group president reads those of his groups' members, no more.
 */
export const ParticipationList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: canExport } = useCanAccess({ resource: 'participations', action: 'export' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'participations', action: 'edit' });
  const exporter = useMemo(() => createParticipationExporter(translate, locale), [translate, locale]);

  const filters = useMemo(
    () => [
      <EventInput key="eventId" source="eventId" label="resources.participations.fields.eventId" helperText={false} alwaysOn />,
      <SearchFilter key="q" source="q" alwaysOn minWidth={240} />,
      <SelectArrayInput key="status" source="status" choices={participationStatusChoices} alwaysOn sx={{ minWidth: 160 }} />,
      <SelectArrayInput key="role" source="role" choices={participationRoleChoices} sx={{ minWidth: 180 }} />,
      <CountriesInput
        key="countryCode"
        source="countryCode"
        label="resources.participations.fields.countryCode"
        helperText={false}
      />,
      <GroupInput key="groupId" source="groupId" label="resources.participations.fields.groupId" helperText={false} />,
      <SelectInput key="checkedIn" source="checkedIn" choices={CHECKED_IN_CHOICES} sx={{ minWidth: 160 }} />,
    ],
    [],
  );

  return (
    <List<Participation>
      filters={filters}
      actions={<ListActions canExport={canExport === true} />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={canExport ? exporter : false}
      empty={false}
      sx={{ '& .RaDataTable-tableWrapper': { overflowX: 'auto' } }}
    >
      <ParticipationTable canEdit={canEdit === true} />
    </List>
  );
};

/** The edition column only when several editions are listed. */
const ParticipationTable = ({ canEdit }: { canEdit: boolean }) => {
  const { filterValues } = useListContext();
  const oneEdition = Boolean(filterValues?.eventId);
  return (
    <DataTable<Participation>
      rowClick={canEdit ? 'edit' : false}
      // the staff select registrations to mark them present, absent, cancelled, or delete them
      bulkActionButtons={canEdit ? <ParticipationBulkActions /> : false}
      empty={<EmptyList />}
      sx={{ '& .RaDataTable-rowCell, & .RaDataTable-headerCell': { py: 0.75 } }}
    >
      <DataTable.Col source="name" label="resources.participations.fields.displayName" render={(record) => record.displayName} />
      <DataTable.Col source="organisationDisplayName" field={OrganisationField} disableSort />
      {!oneEdition && <DataTable.Col source="event" disableSort render={(record) => record.event?.title ?? ''} />}
      <DataTable.Col source="role" field={ParticipationRoleField} />
      <DataTable.Col source="status" field={ParticipationStatusField} />
      <DataTable.Col source="countryCode" field={CountryField} />
      <DataTable.Col source="registeredAt" render={() => <MomentField source="registeredAt" />} />
      <DataTable.Col source="checkedInAt" render={() => <MomentField source="checkedInAt" />} />
    </DataTable>
  );
};

export default ParticipationList;
