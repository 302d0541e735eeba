import ReplayIcon from '@mui/icons-material/Replay';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { eventLabelKey, type WebhookDelivery } from './fields';

const STATUS_COLOR = { PENDING: 'info', SUCCEEDED: 'success', FAILED: 'error' } as const;

/** An endpoint's latest deliveries: status, attempts, last answer, next try; each can be sent again. */
export const DeliveriesPanel = ({ endpointId }: { endpointId: string }) => {
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'short', timeStyle: 'medium' });
  const queryKey = ['webhookEndpoints', 'deliveries', endpointId];
  const { data } = useQuery({
    queryKey,
    queryFn: async () =>
      (
        (await dataProvider.runAction('webhookEndpoints', {
          action: 'deliveries',
          id: endpointId,
          data: { page: { offset: 0, limit: 50 } },
        })) as { data: { nodes: WebhookDelivery[] } }
      ).data.nodes,
  });
  const replay = async (delivery: WebhookDelivery) => {
    try {
      await dataProvider.runAction('webhookEndpoints', { action: 'replay', id: delivery.id });
      notify('resources.webhookEndpoints.deliveries.replayed', { type: 'info' });
      await queryClient.invalidateQueries({ queryKey });
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    }
  };
  const t = (key: string) => translate(`resources.webhookEndpoints.deliveries.${key}`);
  if (!data) return null;
  if (data.length === 0) return <Typography color="text.secondary">{t('empty')}</Typography>;
  return (
    <Table size="small" data-testid="webhook-deliveries">
      <TableHead>
        <TableRow>
          <TableCell>{t('createdAt')}</TableCell>
          <TableCell>{t('event')}</TableCell>
          <TableCell>{t('status')}</TableCell>
          <TableCell align="right">{t('attempts')}</TableCell>
          <TableCell>{t('response')}</TableCell>
          <TableCell>{t('nextAttempt')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((delivery) => (
          <TableRow key={delivery.id} data-testid="webhook-delivery">
            <TableCell>{format.format(new Date(delivery.createdAt))}</TableCell>
            <TableCell>{translate(eventLabelKey(delivery.eventType), { _: delivery.eventType })}</TableCell>
            <TableCell>
              <Chip size="small" color={STATUS_COLOR[delivery.status]} label={t(`statuses.${delivery.status}`)} />
            </TableCell>
            <TableCell align="right">{delivery.attempts}</TableCell>
            <TableCell>{[delivery.lastStatusCode, delivery.lastError].filter((part) => part !== null).join(' · ')}</TableCell>
            <TableCell>
              {delivery.nextAttemptAt && delivery.status === 'PENDING' ? format.format(new Date(delivery.nextAttemptAt)) : ''}
            </TableCell>
            <TableCell>
              <Button label="resources.webhookEndpoints.deliveries.replay" onClick={() => replay(delivery)}>
                <ReplayIcon />
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
