import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, IconButton, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { MAILING_ATTACHMENT_MAX_BYTES } from '@territoria/domain';
import { useState, type ChangeEvent } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type * as Api from '@territoria/client';
import { toReactAdminError } from '../../providers/errors';
import type { Fields, Selected } from '../../providers/records';

type AttachmentRecord = Fields<Api.MailingAttachment, 'id' | 'fileName' | 'sizeBytes'>;

type MailingWithFiles = Fields<Api.Mailing, 'id' | 'status' | 'duesLetter' | 'duesYear'> & {
  attachments: Selected<Api.Mailing['attachments'], 'id' | 'fileName' | 'sizeBytes'>;
};

/** The API's upload and download addresses for a mailing's files (outside GraphQL: files up to 10 MB). */
export const attachmentUrls = {
  upload: (mailingId: string, file: File) =>
    `/mailings/${mailingId}/attachments?fileName=${encodeURIComponent(file.name)}&contentType=${encodeURIComponent(file.type)}`,
  read: (attachmentId: string) => `/mailings/attachments/${attachmentId}`,
};

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * The files every message carries, and the dues letter each recipient gets: added and removed
 * while the mailing is a draft; a file over the limit is refused before it is sent.
 */
export const MailingAttachmentsPanel = () => {
  const record = useRecordContext<MailingWithFiles>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const draft = record.status === 'DRAFT';

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAILING_ATTACHMENT_MAX_BYTES) {
      notify('territoria.errors.reasons.ATTACHMENT_TOO_LARGE', {
        type: 'error',
        messageArgs: { maximumMegabytes: megabytes(MAILING_ATTACHMENT_MAX_BYTES) },
      });
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(attachmentUrls.upload(record.id, file), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      if (!response.ok) {
        const refusal = toReactAdminError(await response.json().catch(() => ({})), translate, { resource: 'mailings' });
        notify(refusal.message, { type: 'error' });
        return;
      }
      notify('territoria.mailings.attachmentAdded', { type: 'info', messageArgs: { name: file.name } });
      refresh();
    } catch (error) {
      notify(toReactAdminError(error, translate, { resource: 'mailings' }).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (attachment: AttachmentRecord) => {
    try {
      await dataProvider.runAction('mailings', { action: 'deleteAttachment', id: attachment.id, data: {} });
      notify('territoria.mailings.attachmentRemoved', { type: 'info', messageArgs: { name: attachment.fileName } });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="mailing-attachments">
      <Typography variant="h6">{translate('territoria.mailings.attachments')}</Typography>
      {record.duesLetter && (
        <Typography data-testid="dues-letter">
          {translate(`territoria.mailings.duesLetterAttached.${record.duesLetter}`, { year: record.duesYear })}
        </Typography>
      )}
      {record.attachments.length === 0 && !record.duesLetter && (
        <Typography color="text.secondary">{translate('territoria.mailings.noAttachment')}</Typography>
      )}
      <List dense>
        {record.attachments.map((attachment) => (
          <ListItem
            key={attachment.id}
            secondaryAction={
              draft && (
                <IconButton
                  edge="end"
                  aria-label={translate('territoria.mailings.removeAttachment', { name: attachment.fileName })}
                  onClick={() => remove(attachment)}
                >
                  <DeleteIcon />
                </IconButton>
              )
            }
          >
            <ListItemText
              primary={<Link href={attachmentUrls.read(attachment.id)}>{attachment.fileName}</Link>}
              secondary={translate('territoria.mailings.attachmentSize', { size: megabytes(attachment.sizeBytes) })}
            />
          </ListItem>
        ))}
      </List>
      {draft && (
        <Button component="label" startIcon={<AttachFileIcon />} disabled={busy}>
          {translate('territoria.mailings.attach', { maximum: megabytes(MAILING_ATTACHMENT_MAX_BYTES) })}
          <input hidden type="file" onChange={upload} data-testid="attachment-input" />
        </Button>
      )}
    </Box>
  );
};
