import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { useState } from 'react';
import { Button, DateInput, required, useListContext, useRefresh, useUnselectAll } from 'react-admin';
import { todayIso } from '../../util/dates';
import { FormDialog } from '../shared/FormDialog';
import { GroupInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';

const isRequired = required('territoria.errors.fields.required');

/**
 * Bulk action of the collectivities list, "Ajouter au groupe…": pick a group (searched on the
 * server), and the selected collectivities join it at once (addGroupMembers: all or none; the
 * API names those already members).
 */
export const AddToGroupButton = () => {
  const { selectedIds, resource } = useListContext();
  const unselectAll = useUnselectAll(resource ?? 'collectivities');
  const runAction = useRunAction();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const count = selectedIds.length;
  return (
    <>
      <Button label="resources.collectivities.addToGroup.button" onClick={() => setOpen(true)}>
        <GroupAddIcon />
      </Button>
      <FormDialog<{ groupId: string; joinedOn: string }>
        open={open}
        onClose={() => setOpen(false)}
        title="resources.collectivities.addToGroup.title"
        titleOptions={{ smart_count: count }}
        submitLabel="resources.collectivities.addToGroup.submit"
        submitIcon={<GroupAddIcon />}
        defaultValues={{ joinedOn: todayIso() }}
        done={() => ({ message: 'resources.collectivities.addToGroup.done', options: { smart_count: count } })}
        onSubmit={async ({ groupId, joinedOn }) => {
          await runAction('groupMembers', {
            action: 'add',
            data: { groupId, collectivityIds: selectedIds.map(String), joinedOn },
          });
          unselectAll();
          refresh();
        }}
      >
        <GroupInput source="groupId" label="resources.collectivities.addToGroup.group" validate={isRequired} />
        <DateInput source="joinedOn" label="resources.collectivities.addToGroup.joinedOn" validate={isRequired} />
      </FormDialog>
    </>
  );
};

export default AddToGroupButton;
