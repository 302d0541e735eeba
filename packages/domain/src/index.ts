export * from './collectivity-kind.js';
export * from './membership-status.js';
export * from './official-codes.js';

export * from './collectivity-rules.js';
export * from './pagination.js';
export * from './access.js';
export * from './contacts.js';
export * from './groups.js';
export * from './partners-dues.js';
export * from './events.js';
export * from './calendar.js';
export * from './limits.js';
export * from './error-reasons.js';
export * from './webhooks.js';
export * from './mailings.js';
export * from './letterhead.js';
