import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { DateInput, required, useListContext, useRefresh, useUnselectAll } from 'react-admin';
import { todayIso } from '../../util/dates';
import { GroupInput } from '../shared/pickers';
import { useRunAction } from '../shared/useRunAction';
import { FormDialogButton } from '../shared/FormDialogButton';

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
  const count = selectedIds.length;
  return (
    <FormDialogButton<{ groupId: string; joinedOn: string }>
      buttonLabel="resources.collectivities.addToGroup.button"
      icon={<GroupAddIcon />}
      placement="toolbar"
      title="resources.collectivities.addToGroup.title"
      titleOptions={{ smart_count: count }}
      submitLabel="resources.collectivities.addToGroup.submit"
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
    </FormDialogButton>
  );
};

export default AddToGroupButton;
