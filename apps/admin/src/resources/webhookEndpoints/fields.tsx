import { Box, Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { scopeLabelKey } from '../apiTokens/choices';

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  scopes: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: string;
  version: number;
  /** Only in the answer to its creation, shown once. */
  secret?: string;
}

export interface WebhookDelivery {
  id: string;
  eventType: string;
  entityType: string;
  entityId: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

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
