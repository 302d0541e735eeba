import { defineResource } from '../../providers/resourceDefinition';

export const WEBHOOK_ENDPOINT_FIELDS = 'id url description eventTypes scopes enabled disabledReason createdAt version';

export const WEBHOOK_DELIVERY_FIELDS =
  'id endpointId eventType entityType entityId status attempts lastStatusCode lastError lastAttemptAt nextAttemptAt createdAt completedAt';

/**
 * How the console reaches the API's webhook endpoints: listed, created (answering the secret
 * once), read, switched on and off, deleted; their deliveries read and replayed as actions.
 */
export const webhookEndpointsApi = defineResource({
  typeName: 'WebhookEndpoint',
  plural: 'webhookEndpoints',
  fields: WEBHOOK_ENDPOINT_FIELDS,
  inputTypes: { filter: null, sort: null },
  inputFields: ['url', 'description', 'eventTypes', 'scopes', 'enabled'],
  createInputFields: ['url', 'description', 'eventTypes', 'scopes'],
  versionField: 'version',
  normalizeInput: (input) => ({ ...input, ...(typeof input.url === 'string' ? { url: input.url.trim() } : {}) }),
  createResult: {
    selection: 'endpoint { ...WebhookEndpointFields } secret',
    toRecord: (result) => ({ ...(result.endpoint as Record<string, unknown>), secret: result.secret }),
  },
  actions: {
    deliveries: {
      operation: 'query',
      field: 'webhookDeliveries',
      idArgument: 'endpointId',
      arguments: { page: 'PageInput' },
      selection: `nodes { ${WEBHOOK_DELIVERY_FIELDS} } totalCount`,
    },
    replay: { field: 'replayWebhookDelivery', selection: WEBHOOK_DELIVERY_FIELDS },
  },
});
