import type * as Api from '@territoria/client';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Box, Link as MuiLink, Typography } from '@mui/material';
import { OfficerRole } from '@territoria/domain';
import {
  DateInput,
  LinkBase,
  SelectInput,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { todayIso } from '../../util/dates';
import { EndTermButton } from '../shared/EndTermButton';
import { TermTable, type TermColumn } from '../shared/TermTable';
import { ContactInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';
import { officerName, type Group, type Officer } from './fields';
import { FormDialogButton } from '../shared/FormDialogButton';

export const OFFICER_ROLE_CHOICES = Object.values(OfficerRole).map((role) => ({
  id: role,
  name: `territoria.officerRoles.${role}`,
}));

const isRequired = required('territoria.errors.fields.required');

type Appointment = Pick<Api.AssignOfficerInput, 'contactId' | 'role' | 'startedOn' | 'endedOn'>;

/**
 * "Nommer au bureau": a contact holding a current position in a member collectivity (the
 * picker searches the contacts of the group's members on the server), a role and a start. The
 * API's refusals (not in a member, overlapping presidencies) show under the inputs.
 */
export const AssignOfficerButton = () => {
  const group = useRecordContext<Group>();
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  if (!group) return null;
  return (
    <FormDialogButton<Appointment>
      buttonLabel="territoria.groups.officers.assign"
      icon={<HowToRegIcon />}
      title="territoria.groups.officers.assignTitle"
      titleOptions={{ name: group.name }}
      submitLabel="territoria.groups.officers.submit"
      defaultValues={{ role: OfficerRole.PRESIDENT, startedOn: todayIso() }}
      done="territoria.groups.officers.assigned"
      onSubmit={async (values) => {
        await dataProvider.create('groupOffices', { data: { ...values, groupId: group.id } });
        refresh();
      }}
    >
      <ContactInput
        source="contactId"
        label="territoria.groups.officers.contact"
        helperText="territoria.groups.officers.contactHelper"
        filter={{ groupId: group.id }}
        validate={isRequired}
      />
      <SelectInput
        source="role"
        label="territoria.groups.officers.role"
        choices={OFFICER_ROLE_CHOICES}
        validate={isRequired}
        fullWidth
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateInput source="startedOn" label="territoria.groups.officers.startedOn" validate={isRequired} />
        <DateInput source="endedOn" label="territoria.groups.officers.endedOn" />
      </Box>
    </FormDialogButton>
  );
};

/** "Terminer": the term ends on the chosen day (endGroupOffice). */
const EndOfficeButton = ({ officer }: { officer: Officer }) => {
  const translate = useTranslate();
  const runAction = useRunAction();
  return (
    <EndTermButton
      label="territoria.groups.officers.end"
      title="territoria.groups.officers.endTitle"
      titleOptions={{
        name: officerName(officer),
        role: translate(`territoria.officerRoles.${officer.role}`, { _: officer.role }),
      }}
      dateLabel="territoria.groups.officers.endDate"
      done="territoria.groups.officers.ended"
      onEnd={(endedOn) => runAction('groupOffices', { action: 'end', id: officer.id, data: { endedOn } })}
    />
  );
};

/** A group's officers; staff end a current term from its row. */
const OfficerTable = ({ officers, canEdit, testId }: { officers: Officer[]; canEdit: boolean; testId: string }) => {
  const translate = useTranslate();
  const columns: TermColumn<Officer>[] = [
    {
      label: 'resources.groupOffices.fields.contact',
      render: (officer) => (
        <MuiLink component={LinkBase} to={`/contacts/${officer.contactId}/show`}>
          {officerName(officer)}
        </MuiLink>
      ),
    },
    {
      label: 'resources.groupOffices.fields.role',
      render: (officer) => translate(`territoria.officerRoles.${officer.role}`, { _: officer.role }),
    },
  ];
  return (
    <TermTable
      rows={officers}
      columns={columns}
      startLabel="resources.groupOffices.fields.startedOn"
      endLabel="resources.groupOffices.fields.endedOn"
      action={
        canEdit ? (officer) => (officer.current && !officer.endedOn ? <EndOfficeButton officer={officer} /> : null) : undefined
      }
      testId={testId}
    />
  );
};

/** The group's office: current officers (staff end a term, appoint someone), then former ones. */
export const OfficersPanel = () => {
  const group = useRecordContext<Group>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'groupOffices', action: 'create' });
  if (!group) return null;
  const canEdit = canAccess === true;
  const officers = [...(group.officers ?? [])].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  const current = officers.filter((officer) => officer.current);
  const past = officers.filter((officer) => !officer.current);
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          {translate('territoria.groups.officers.current')}
        </Typography>
        {canEdit && <AssignOfficerButton />}
      </Box>
      {current.length > 0 ? (
        <OfficerTable officers={current} canEdit={canEdit} testId="current-officers" />
      ) : (
        <Typography color="text.secondary">{translate('territoria.groups.officers.empty')}</Typography>
      )}
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
        {translate('territoria.groups.officers.past')}
      </Typography>
      {past.length > 0 ? (
        <OfficerTable officers={past} canEdit={false} testId="past-officers" />
      ) : (
        <Typography color="text.secondary">{translate('territoria.groups.officers.noPast')}</Typography>
      )}
    </Box>
  );
};
