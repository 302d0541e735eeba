import { defineResource, endOfDay } from '../../providers/resourceDefinition';

const API_TOKEN_FIELDS = `
  id
  name
  prefix
  scopes
  expiresAt
  revokedAt
  lastUsedAt
  createdById
  createdAt
`;

export const apiTokensApi = defineResource({
  typeName: 'ApiToken',
  plural: 'apiTokens',
  fields: API_TOKEN_FIELDS,
  inputFields: ['name', 'scopes', 'expiresAt'],
  normalizeInput: (input) => {
    const output = { ...input };
    if (typeof output.name === 'string') output.name = output.name.trim();
    if (typeof output.expiresAt === 'string') output.expiresAt = endOfDay(output.expiresAt);
    return output;
  },
  // The secret comes with the created token, this once: the console shows it, then forgets it.
  createResult: {
    selection: 'token { ...ApiTokenFields } secret',
    toRecord: (result) => ({ ...(result.token as Record<string, unknown>), secret: result.secret }),
  },
  actions: { revoke: 'revokeApiToken' },
});
