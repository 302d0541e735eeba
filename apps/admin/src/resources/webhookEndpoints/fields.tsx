import type * as Api from '@territoria/client';
import type { WebhookDeliveryStatus } from '@territoria/domain';
import type { Fields } from '../../providers/records';
import { Box, Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { scopeLabelKey } from '../apiTokens/choices';

export type WebhookEndpoint = Fields<
  Api.WebhookEndpoint,
  'id' | 'url' | 'description' | 'eventTypes' | 'scopes' | 'enabled' | 'disabledReason' | 'createdAt' | 'version'
> & {
  /** Only in the answer to its creation, shown once. */
  secret?: Api.CreatedWebhookEndpoint['secret'];
};

export type WebhookDelivery = Fields<
  Api.WebhookDelivery,
  | 'id'
  | 'eventType'
  | 'entityType'
  | 'entityId'
  | 'attempts'
  | 'lastStatusCode'
  | 'lastError'
  | 'lastAttemptAt'
  | 'nextAttemptAt'
  | 'createdAt'
> & {
  /** The schema types it as a string; the domain lists its values. */
  status: WebhookDeliveryStatus;
};

export const eventLabelKey = (type: string) => `resources.webhookEndpoints.events.${type}`;

/** The events an endpoint receives, in words. */
export const EventTypesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<WebhookEndpoint>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {record.eventTypes.map((type) => (
        <Chip key={type} size="small" label={translate(eventLabelKey(type), { _: type })} />
      ))}
    </Box>
  );
};

export const ScopesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<WebhookEndpoint>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {record.scopes.map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={translate(scopeLabelKey(scope), { _: scope })} />
      ))}
    </Box>
  );
};

/** Enabled, or why not (410 Gone, by hand). */
export const EnabledField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<WebhookEndpoint>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.enabled) return <Chip size="small" color="success" label={translate('resources.webhookEndpoints.fields.enabled')} />;
  const reason = record.disabledReason ? translate(`resources.webhookEndpoints.disabled.${record.disabledReason}`) : '';
  return (
    <Chip size="small" color="warning" label={`${translate('resources.webhookEndpoints.fields.disabledReason')} ${reason}`} />
  );
};
