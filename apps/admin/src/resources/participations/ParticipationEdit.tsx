import { Box, Typography } from '@mui/material';
import { Edit, ListButton, SaveButton, SimpleForm, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Participation } from './fields';
import { ParticipationInputs, withChosenOrganisation } from './ParticipationInputs';

const Title = () => {
  const record = useRecordContext<Participation>();
  return <span>{record ? `${record.displayName}${record.event ? ` — ${record.event.title}` : ''}` : ''}</span>;
};

/** The person and the edition stay: a registration for someone else is another registration. */
const Heading = () => {
  const record = useRecordContext<Participation>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.participations.fields.displayName')}
      </Typography>
      <Typography data-testid="participation-name">{record.displayName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {record.event?.title}
      </Typography>
    </Box>
  );
};

const EditActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

/** Registrations are changed (cancelled, most often), not deleted here: the history of an edition stays. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Pessimistic, like the other forms: a refused save keeps what was typed; a stale version reloads. */
export const ParticipationEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit<Participation>
      title={<Title />}
      actions={<EditActions />}
      mutationMode="pessimistic"
      redirect="list"
      mutationOptions={{ onError }}
      transform={withChosenOrganisation}
    >
      <SimpleForm toolbar={<EditToolbar />} warnWhenUnsavedChanges sx={{ maxWidth: 1000 }}>
        <Heading />
        <ParticipationInputs edit />
      </SimpleForm>
    </Edit>
  );
};

export default ParticipationEdit;
