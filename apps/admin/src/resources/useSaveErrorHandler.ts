import { useNotify, useRefresh } from 'react-admin';
import { errorCodeOf } from '../providers/errors';

/**
 * onError of a pessimistic edit form: a stale version (CONFLICT) is explained and the record
 * reloaded; field errors are shown under the fields (react-admin reads error.body.errors);
 * anything else is notified, in the console's language (errors.ts translated it already).
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  const refresh = useRefresh();
  return (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === 'CONFLICT') {
      notify('territoria.errors.conflict_reloaded', { type: 'warning', autoHideDuration: 10000 });
      refresh();
      return;
    }
    const validationErrors = (error as { body?: { errors?: object } })?.body?.errors;
    if (validationErrors && Object.keys(validationErrors).length > 0) return; // shown on the fields
    notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
  };
}
