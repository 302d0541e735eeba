import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A mailing's or a recipient's status, in words. */
export const StatusField = ({ kind }: { kind: 'status' | 'recipientStatus'; label?: string }) => {
  const record = useRecordContext<Fields<Api.Mailing, 'status'>>();
  const translate = useTranslate();
  if (!record) return null;
  const color = ['SENT'].includes(record.status)
    ? 'success'
    : ['FAILED', 'BOUNCED'].includes(record.status)
      ? 'error'
      : 'default';
  return (
    <Chip
      size="small"
      color={color}
      label={translate(`territoria.mailings.${kind}.${record.status}`)}
      data-testid={`status-${record.status}`}
    />
  );
};
