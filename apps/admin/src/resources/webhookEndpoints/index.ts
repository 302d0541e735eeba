import WebhookIcon from '@mui/icons-material/Webhook';
import { lazy } from 'react';

export { webhookEndpointsConvention } from './resource';
export { webhookEndpointMessages } from './messages';

/** ADMIN only: where changes are pushed to other applications, and what was sent. */
const WebhookEndpointList = lazy(() => import('./WebhookEndpointList'));
const WebhookEndpointCreate = lazy(() => import('./WebhookEndpointCreate'));
const WebhookEndpointShow = lazy(() => import('./WebhookEndpointShow'));

export const webhookEndpoints = {
  name: 'webhookEndpoints',
  list: WebhookEndpointList,
  create: WebhookEndpointCreate,
  show: WebhookEndpointShow,
  icon: WebhookIcon,
  recordRepresentation: 'url',
};

export default webhookEndpoints;
