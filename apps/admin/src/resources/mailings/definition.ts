import { DuesLetterKind } from '@territoria/domain';
import type { OperationDefinition } from '../../providers/operations';
import { defineResource } from '../../providers/resourceDefinition';

const MAILING_FIELDS = `
  id subject status groupId collectivityId eventId positionKind memberCollectivities partners editionId
  duesLetter duesYear attachments { id fileName contentType sizeBytes }
  sentBy sentAt completedAt recipientCount waitingCount sentCount failedCount version createdAt updatedAt
`;

/** The audience is shown and edited field by field, and sent as the API's one audience input. */
export const POSITION_KINDS = ['ELECTED', 'STAFF', 'OTHER'];
export const DUES_LETTERS = Object.values(DuesLetterKind);

const AUDIENCE_FIELDS = ['groupId', 'collectivityId', 'eventId', 'positionKind', 'memberCollectivities', 'partners'] as const;

function toMailingInput(input: Record<string, unknown>): Record<string, unknown> {
  const output: Record<string, unknown> = { ...input };
  const audience: Record<string, unknown> = {};
  for (const field of AUDIENCE_FIELDS) {
    if (field in output) audience[field] = output[field] === '' ? null : output[field];
    delete output[field];
  }
  // a switch left untouched, or a kind the API does not know, is no criterion
  for (const field of ['memberCollectivities', 'partners']) if (field in audience) audience[field] = audience[field] === true;
  if ('positionKind' in audience && !POSITION_KINDS.includes(audience.positionKind as string)) audience.positionKind = null;
  if (output.editionId === '') output.editionId = null;
  // an update sends what changed only: the letter and its year are touched when they are in it
  if ('duesLetter' in output && !output.duesLetter) output.duesLetter = null;
  if ('duesYear' in output) output.duesYear = output.duesYear === '' || output.duesYear == null ? null : Number(output.duesYear);
  return Object.keys(audience).length ? { ...output, audience } : output;
}

/** The mailings' resources, as the data provider's table takes them. */
export const mailingsApi = defineResource({
  typeName: 'Mailing',
  plural: 'mailings',
  fields: MAILING_FIELDS,
  detailFields: 'body',
  inputTypes: { sort: null },
  filters: { status: { field: 'statuses', list: true } },
  inputFields: ['subject', 'body', 'editionId', 'duesLetter', 'duesYear', ...AUDIENCE_FIELDS],
  versionField: 'version',
  normalizeInput: toMailingInput,
  actions: {
    send: { field: 'sendMailing', arguments: { version: 'Int!' } },
    sendTest: { field: 'sendTestMailing', selection: null },
    deleteAttachment: { field: 'deleteMailingAttachment', selection: 'id' },
  },
});

export const mailingRecipientsApi = defineResource({
  typeName: 'MailingRecipient',
  plural: 'mailingRecipients',
  fields: 'id mailingId contactId email status attempts lastResponse sentAt unsubscribedAt contact { id firstName lastName }',
  inputTypes: { sort: null },
  operations: { one: null, create: null, update: null, delete: null },
  listArguments: { mailingId: 'ID!' },
  filters: { status: { field: 'statuses', list: true } },
});

export const MAILING_OPERATIONS = {
  mailingPreview: {
    kind: 'query',
    document: `query MailingPreview($id: ID!) { data: mailingPreview(id: $id) { recipientCount contactId email subject html text } }`,
  },
  mailSettings: {
    kind: 'query',
    document: `query MailSettings { data: mailSettings { catcherUrl canSend ratePerMinute mergeFields } }`,
  },
} as const satisfies Record<string, OperationDefinition>;
