import { useNotify, useRefresh } from 'react-admin';
import { errorCodeOf, errorReasonOf } from '../providers/errors';

/**
 * onError of a pessimistic edit form: a stale version (CONFLICT, reason STALE_VERSION) is
 * explained and the record reloaded; field errors are shown under the fields (react-admin reads
 * error.body.errors); anything else is notified with the message errors.ts worded from the
 * error's code, reason and parts.
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  const refresh = useRefresh();
  return (error: unknown) => {
    const reason = errorReasonOf(error);
    if (errorCodeOf(error) === 'CONFLICT' && (reason === undefined || reason === 'STALE_VERSION')) {
      notify('territoria.errors.conflict_reloaded', { type: 'warning', autoHideDuration: 10000 });
      refresh();
      return;
    }
    const validationErrors = (error as { body?: { errors?: object } })?.body?.errors;
    if (validationErrors && Object.keys(validationErrors).length > 0) return; // shown on the fields
    notify(errorCodeOf(error) ? (error as Error).message : 'ra.notification.http_error', { type: 'error' });
  };
}
