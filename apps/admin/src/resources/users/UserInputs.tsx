import { PASSWORD_MIN_LENGTH } from '@territoria/domain';
import { Box } from '@mui/material';
import { useMemo } from 'react';
import {
  BooleanInput,
  PasswordInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  minLength,
  required,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { ContactInput } from '../shared/pickers';
import { ROLE_CHOICES } from './choices';

/** Same rules as the API's CreateUserInput / UpdateUserInput, with the API's messages (translated). */
export function useUserValidators() {
  return useMemo(
    () => ({
      email: [required('territoria.errors.fields.required'), email('territoria.errors.fields.isEmail'), maxLength(320)],
      displayName: [required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.fields.maxLength')],
      role: [required('territoria.errors.fields.required')],
      password: [
        required('territoria.errors.fields.required'),
        minLength(PASSWORD_MIN_LENGTH, 'territoria.errors.byField.password.minLength'),
        maxLength(200, 'territoria.errors.fields.maxLength'),
      ],
      newPassword: [
        minLength(PASSWORD_MIN_LENGTH, 'territoria.errors.byField.password.minLength'),
        maxLength(200, 'territoria.errors.fields.maxLength'),
      ],
    }),
    [],
  );
}

/** The user form: creation asks for a first password, edition offers the active toggle and an optional new one. */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const validate = useUserValidators();
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  // An administrator cannot demote or deactivate themselves from here (nor lock everyone out).
  const self = mode === 'edit' && record?.id !== undefined && identity?.id === record.id;
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, columnGap: 2, width: '100%' }}
    >
      <TextInput source="displayName" validate={validate.displayName} autoComplete="off" />
      <TextInput source="email" type="email" validate={validate.email} autoComplete="off" />
      <SelectInput
        source="role"
        choices={ROLE_CHOICES}
        validate={validate.role}
        disabled={self}
        helperText={self ? 'resources.users.helpers.self' : 'resources.users.helpers.role'}
      />
      <ContactInput
        source="linkedContactId"
        label="resources.users.fields.linkedContactId"
        helperText="resources.users.helpers.linkedContactId"
      />
      {mode === 'create' ? (
        <PasswordInput
          source="password"
          validate={validate.password}
          helperText="resources.users.helpers.password"
          autoComplete="new-password"
        />
      ) : (
        <PasswordInput
          source="password"
          label="resources.users.fields.newPassword"
          validate={validate.newPassword}
          helperText="resources.users.helpers.newPassword"
          autoComplete="new-password"
        />
      )}
      {mode === 'edit' && (
        <BooleanInput
          source="active"
          disabled={self}
          helperText={self ? 'resources.users.helpers.self' : 'resources.users.helpers.active'}
        />
      )}
    </Box>
  );
};
