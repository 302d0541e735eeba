import type * as Api from '@territoria/client';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Box, Link as MuiLink } from '@mui/material';
import { OfficerRole } from '@territoria/domain';
import { DateInput, LinkBase, SelectInput, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { todayIso } from '../../util/dates';
import { CreateRecordButton } from '../shared/CreateRecordButton';
import { EndTermButton } from '../shared/EndTermButton';
import { TermSections, TermTable, type TermColumn } from '../shared/TermTable';
import { ContactInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';
import { enumChoices, isRequired } from '../shared/validators';
import { officerName, type Group, type Officer } from './fields';

export const OFFICER_ROLE_CHOICES = enumChoices(OfficerRole, 'territoria.officerRoles');

type Appointment = Pick<Api.AssignOfficerInput, 'contactId' | 'role' | 'startedOn' | 'endedOn'>;

/**
 * "Nommer au bureau": a contact holding a current position in a member collectivity (the
 * picker searches the contacts of the group's members on the server), a role and a start. The
 * API's refusals (not in a member, overlapping presidencies) show under the inputs.
 */
export const AssignOfficerButton = () => {
  const group = useRecordContext<Group>();
  if (!group) return null;
  return (
    <CreateRecordButton<Appointment>
      resource="groupOffices"
      parent={{ groupId: group.id }}
      buttonLabel="territoria.groups.officers.assign"
      icon={<HowToRegIcon />}
      title="territoria.groups.officers.assignTitle"
      titleOptions={{ name: group.name }}
      submitLabel="territoria.groups.officers.submit"
      defaultValues={{ role: OfficerRole.PRESIDENT, startedOn: todayIso() }}
      done="territoria.groups.officers.assigned"
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
    </CreateRecordButton>
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
  return (
    <TermSections
      terms={group.officers ?? []}
      table={(officers, current) => (
        <OfficerTable officers={officers} canEdit={current && canEdit} testId={current ? 'current-officers' : 'past-officers'} />
      )}
      currentTitle="territoria.groups.officers.current"
      pastTitle="territoria.groups.officers.past"
      action={canEdit && <AssignOfficerButton />}
      emptyCurrent={translate('territoria.groups.officers.empty')}
      emptyPast={translate('territoria.groups.officers.noPast')}
    />
  );
};
