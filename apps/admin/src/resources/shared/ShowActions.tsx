import { EditButton, ListButton, TopToolbar } from 'react-admin';

/** A record page's usual toolbar: back to the list, and the edit button. */
export const ListEditActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
  </TopToolbar>
);
