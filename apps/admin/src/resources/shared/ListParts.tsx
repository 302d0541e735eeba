import { Box, Typography } from '@mui/material';
import { CreateButton, TopToolbar, useResourceContext, useTranslate } from 'react-admin';

/** What a list says when nothing matches: the resource's own "empty" message. */
export const EmptyList = () => {
  const translate = useTranslate();
  const resource = useResourceContext();
  return (
    <Box sx={{ p: 3 }}>
      <Typography color="text.secondary">{translate(`resources.${resource}.empty`)}</Typography>
    </Box>
  );
};

/** The toolbar of a list whose only action is creating a record. */
export const CreateOnlyActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);
