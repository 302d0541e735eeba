import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EditPage } from '../shared/EditPage';
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

/** Registrations are changed (cancelled, most often), not deleted here: the history of an edition stays. */
export const ParticipationEdit = () => (
  <EditPage<Participation> title={<Title />} redirect="list" transform={withChosenOrganisation}>
    <Heading />
    <ParticipationInputs edit />
  </EditPage>
);

export default ParticipationEdit;
