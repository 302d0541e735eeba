import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import LogoutIcon from '@mui/icons-material/Logout';
import SearchIcon from '@mui/icons-material/Search';
import { Box, FormControlLabel, InputAdornment, Switch, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  DataTable,
  DateInput,
  Pagination,
  ReferenceManyField,
  required,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { formatDay, todayIso } from '../../util/dates';
import { placeLabel } from '../collectivities/fields';
import { CollectivitiesInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';
import type { Group } from './fields';
import { FormDialogButton } from '../shared/FormDialogButton';

export type GroupMember = Fields<Api.GroupMember, 'id' | 'groupId' | 'collectivityId' | 'joinedOn' | 'leftOn'> & {
  collectivity: Selected<
    Api.GroupMember['collectivity'],
    'id' | 'name' | 'kind' | 'inseeCode' | 'countryCode' | 'contactCount'
  > & {
    department: (Selected<Api.Collectivity['department'], 'id' | 'name'> & SomeFields<Api.Collectivity, 'inseeCode'>) | null;
  };
};

/** "Ajouter des membres": several collectivities at once (all or none), searched on the server. */
export const AddMembersButton = () => {
  const group = useRecordContext<Group>();
  const runAction = useRunAction();
  const refresh = useRefresh();
  if (!group) return null;
  return (
    <FormDialogButton<{ collectivityIds: string[]; joinedOn: string }>
      buttonLabel="territoria.groups.members.add"
      icon={<GroupAddIcon />}
      title="territoria.groups.members.addTitle"
      titleOptions={{ name: group.name }}
      submitLabel="territoria.groups.members.submit"
      defaultValues={{ collectivityIds: [], joinedOn: todayIso() }}
      done={(values) => ({ message: 'territoria.groups.members.added', options: { smart_count: values.collectivityIds.length } })}
      onSubmit={async ({ collectivityIds, joinedOn }) => {
        await runAction('groupMembers', { action: 'add', data: { groupId: group.id, collectivityIds, joinedOn } });
        refresh();
      }}
    >
      <CollectivitiesInput
        source="collectivityIds"
        label="territoria.groups.members.collectivities"
        helperText="territoria.groups.members.collectivitiesHelper"
        validate={required('territoria.errors.fields.required')}
      />
      <DateInput
        source="joinedOn"
        label="territoria.groups.members.joinedOn"
        validate={required('territoria.errors.fields.required')}
      />
    </FormDialogButton>
  );
};

/** "Retirer": the membership ends on the chosen day (removeGroupMember); its record stays. */
const RemoveMemberButton = () => {
  const member = useRecordContext<GroupMember>();
  const runAction = useRunAction();
  const refresh = useRefresh();
  if (!member || member.leftOn) return null;
  return (
    <FormDialogButton<{ leftOn: string }>
      buttonLabel="territoria.groups.members.remove"
      icon={<LogoutIcon />}
      placement="row"
      buttonColor="warning"
      title="territoria.groups.members.removeTitle"
      titleOptions={{ name: member.collectivity?.name ?? '' }}
      intro="territoria.groups.members.removeContent"
      submitLabel="territoria.groups.members.remove"
      submitColor="warning"
      defaultValues={{ leftOn: todayIso() }}
      done="territoria.groups.members.removed"
      onSubmit={async ({ leftOn }) => {
        await runAction('groupMembers', {
          action: 'remove',
          data: { groupId: member.groupId, collectivityId: member.collectivityId, leftOn },
        });
        refresh();
      }}
    >
      <DateInput
        source="leftOn"
        label="territoria.groups.members.leftOn"
        validate={required('territoria.errors.fields.required')}
        fullWidth
      />
    </FormDialogButton>
  );
};

const KindCell = () => {
  const member = useRecordContext<GroupMember>();
  const translate = useTranslate();
  if (!member) return null;
  return <>{translate(`territoria.kinds.${member.collectivity.kind}`, { _: member.collectivity.kind })}</>;
};

const DepartmentCell = () => {
  const member = useRecordContext<GroupMember>();
  if (!member) return null;
  return <>{placeLabel(member.collectivity.department) || '—'}</>;
};

const DateCell = ({ source }: { source: 'joinedOn' | 'leftOn' }) => {
  const member = useRecordContext<GroupMember>();
  const [locale] = useLocaleState();
  if (!member) return null;
  return <>{member[source] ? formatDay(member[source], locale) : '—'}</>;
};

const EmptyMembers = ({ searching }: { searching: boolean }) => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ py: 2 }}>
      {translate(searching ? 'territoria.groups.members.noMatch' : 'territoria.groups.members.empty')}
    </Typography>
  );
};

/**
 * A group's members, a page at a time (a group may gather hundreds of collectivities): name,
 * kind, département, how many contacts hold a position there, since when. Staff add members
 * (server-side search) and remove them.
 */
export const MembersPanel = () => {
  const group = useRecordContext<Group>();
  const translate = useTranslate();
  const { canAccess: canEdit } = useCanAccess({ resource: 'groupMembers', action: 'create' });
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [former, setFormer] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 400);
    return () => clearTimeout(timer);
  }, [search]);
  if (!group) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <TextField
          size="small"
          sx={{ width: { xs: '100%', sm: 320 } }}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={translate('territoria.groups.members.search')}
          slotProps={{
            htmlInput: { 'aria-label': translate('territoria.groups.members.search') },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <FormControlLabel
          control={<Switch size="small" checked={former} onChange={(event) => setFormer(event.target.checked)} />}
          label={translate('territoria.groups.members.former')}
        />
        <Box sx={{ flex: 1 }} />
        {canEdit && <AddMembersButton />}
      </Box>
      <ReferenceManyField<Group, GroupMember>
        reference="groupMembers"
        target="groupId"
        perPage={25}
        filter={{ ...(query ? { q: query } : {}), ...(former ? { currentOnly: false } : {}) }}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
      >
        <DataTable<GroupMember>
          rowClick={(_id, _resource, member) => `/collectivities/${member.collectivityId}/show`}
          bulkActionButtons={false}
          empty={<EmptyMembers searching={Boolean(query)} />}
          data-testid="group-members"
        >
          <DataTable.Col
            source="collectivity.name"
            label="resources.groupMembers.fields.collectivity"
            disableSort
            cellSx={() => ({ fontWeight: 500 })}
          />
          <DataTable.Col source="collectivity.kind" label="resources.groupMembers.fields.kind" disableSort>
            <KindCell />
          </DataTable.Col>
          <DataTable.Col source="collectivity.department" label="resources.groupMembers.fields.department" disableSort>
            <DepartmentCell />
          </DataTable.Col>
          <DataTable.NumberCol
            source="collectivity.contactCount"
            label="resources.groupMembers.fields.contactCount"
            disableSort
          />
          <DataTable.Col source="joinedOn" label="resources.groupMembers.fields.joinedOn" disableSort>
            <DateCell source="joinedOn" />
          </DataTable.Col>
          {former && (
            <DataTable.Col source="leftOn" label="resources.groupMembers.fields.leftOn" disableSort>
              <DateCell source="leftOn" />
            </DataTable.Col>
          )}
          {canEdit && (
            <DataTable.Col label={false} disableSort>
              <RemoveMemberButton />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
