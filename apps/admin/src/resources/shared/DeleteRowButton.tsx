import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, DataTable, useDataProvider, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';

/**
 * A small delete button for a row of a table inside a record's page (a session of an edition, a
 * label award…): asks for confirmation, deletes, says so, reloads the page's data.
 * Messages are `resources.<resource>.deleteTitle`, `.deleteContent` and `.deleted`.
 */
export const DeleteRowButton = ({
  resource,
  record,
  translateOptions,
  confirm,
}: {
  resource: string;
  record: RaRecord;
  translateOptions?: Record<string, unknown>;
  /** Translation key of the confirming button, then in warning colour (default: react-admin's "Confirmer"). */
  confirm?: string;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={translate('ra.action.delete')}>
        <IconButton size="small" aria-label={translate('ra.action.delete')} onClick={() => setOpen(true)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        title={`resources.${resource}.deleteTitle`}
        content={`resources.${resource}.deleteContent`}
        translateOptions={translateOptions}
        confirm={confirm}
        confirmColor={confirm ? 'warning' : undefined}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          setOpen(false);
          try {
            await dataProvider.delete(resource, { id: record.id, previousData: record });
            notify(`resources.${resource}.deleted`, { type: 'info' });
            refresh();
          } catch (error) {
            notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
          }
        }}
      />
    </>
  );
};

/** A DataTable's last column: each row's DeleteRowButton, its messages told about the row. */
export function DeleteColumn<T extends RaRecord>({
  resource,
  translateOptions,
  confirm,
}: {
  resource: string;
  translateOptions: (record: T) => Record<string, unknown>;
  confirm?: string;
}) {
  return (
    <DataTable.Col<T>
      align="right"
      render={(record) => (
        <DeleteRowButton resource={resource} record={record} translateOptions={translateOptions(record)} confirm={confirm} />
      )}
    />
  );
}
