import { defineResource } from '../../providers/resourceDefinition';

const USER_FIELDS = `
  id
  email
  displayName
  role
  active
  linkedContactId
  lastSignInAt
  version
  createdAt
  updatedAt
`;

export const usersApi = defineResource({
  typeName: 'User',
  plural: 'users',
  fields: USER_FIELDS,
  // Users are never deleted: they are deactivated (active: false), their history stays.
  filters: {
    role: { field: 'roles', list: true },
    roles: { field: 'roles', list: true },
    active: { field: 'active', boolean: true },
  },
  inputFields: ['email', 'displayName', 'role', 'active', 'password', 'linkedContactId'],
  createInputFields: ['email', 'displayName', 'role', 'password', 'linkedContactId'],
  versionField: 'version',
  normalizeInput: (input) => {
    const output = { ...input };
    if (typeof output.email === 'string') output.email = output.email.trim();
    if (typeof output.displayName === 'string') output.displayName = output.displayName.trim();
    if (typeof output.linkedContactId === 'string') output.linkedContactId = output.linkedContactId.trim() || null;
    // An empty password field on the edit form means "keep the current one".
    if (output.password === null) delete output.password;
    return output;
  },
});
