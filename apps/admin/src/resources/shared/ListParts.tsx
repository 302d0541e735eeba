import { Box, Typography } from '@mui/material';
import { CreateButton, SearchInput, type SearchInputProps, TopToolbar, useResourceContext, useTranslate } from 'react-admin';

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

/**
 * A list's search box, its hint the resource's own (`resources.<name>.helpers.q`). Give it
 * `source="q" alwaysOn` where it is used: react-admin reads them from the filter element.
 */
export const SearchFilter = ({ minWidth, ...props }: SearchInputProps & { minWidth: number | Record<string, number> }) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  return <SearchInput {...props} placeholder={translate(`resources.${resource}.helpers.q`)} sx={{ minWidth }} />;
};
