import WebhookIcon from '@mui/icons-material/Webhook';
import { lazy } from 'react';

import { defineConsoleResource } from '../consoleResource';
import { messages } from './messages';
import { webhookEndpointsApi } from './resource';

/** ADMIN only: where changes are pushed to other applications, and what was sent. */
const WebhookEndpointList = lazy(() => import('./WebhookEndpointList'));
const WebhookEndpointCreate = lazy(() => import('./WebhookEndpointCreate'));
const WebhookEndpointShow = lazy(() => import('./WebhookEndpointShow'));

export const webhookEndpoints = defineConsoleResource({
  name: 'webhookEndpoints',
  list: WebhookEndpointList,
  create: WebhookEndpointCreate,
  show: WebhookEndpointShow,
  icon: WebhookIcon,
  recordRepresentation: 'url',
  api: webhookEndpointsApi,
  access: { ADMIN: '*' },
  messages,
  audit: { entityType: 'WebhookEndpoint' },
});

export default webhookEndpoints;
