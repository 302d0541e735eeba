import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ApiToken } from './fields';

/**
 * Revokes a token after confirmation (the API's revokeApiToken, an action of the resource
 * table): the token stays listed, marked revoked, and stops working at once.
 */
export const RevokeButton = (_props: { label?: string }) => {
  const record = useRecordContext<ApiToken>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record || record.revokedAt) return null;

  const revoke = async () => {
    setPending(true);
    try {
      await dataProvider.runAction('apiTokens', { action: 'revoke', id: record.id });
      notify('resources.apiTokens.revoke.done', { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label="resources.apiTokens.revoke.button"
        color="error"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
        disabled={pending}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.apiTokens.revoke.title"
        titleTranslateOptions={{ name: record.name }}
        content="resources.apiTokens.revoke.content"
        confirm="resources.apiTokens.revoke.button"
        confirmColor="warning"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

export default RevokeButton;
