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
  operations: { delete: null },
  // The API lists users by display name; its filter has no ids.
  inputTypes: { sort: null },
  commonFilters: false,
  filters: {
    q: { field: 'search' },
    role: { field: 'roles', list: true },
    roles: { field: 'roles', list: true },
    active: { field: 'active', boolean: true },
  },
  inputFields: ['email', 'displayName', 'role', 'active', 'password', 'linkedContactId'],
  createInputFields: ['email', 'displayName', 'role', 'password', 'linkedContactId'],
  versionField: 'version',
  // The API's updateUser copies the fields left out of its input as undefined onto the user:
  // it then answers INTERNAL_SERVER_ERROR ("Cannot return null for non-nullable field
  // User.email") and audits them as emptied. Until it ignores them, send every field.
  updateSendsEveryField: true,
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
