import { PASSWORD_MIN_LENGTH } from '@territoria/domain';
import { Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  maxLength,
  minLength,
  required,
  useAuthProvider,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { TerritoriaAuthProvider } from '../providers/authProvider';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const sameAsNew: Validator = (value: unknown, values: Partial<Values>) =>
  value && value !== values?.newPassword ? 'territoria.account.mismatch' : undefined;

const differentFromCurrent: Validator = (value: unknown, values: Partial<Values>) =>
  value && value === values?.currentPassword ? 'territoria.account.same' : undefined;

const Inputs = () => {
  return (
    <>
      <PasswordInput
        source="currentPassword"
        label="territoria.account.currentPassword"
        autoComplete="current-password"
        validate={required('territoria.errors.fields.required')}
        fullWidth
      />
      <PasswordInput
        source="newPassword"
        label="territoria.account.newPassword"
        autoComplete="new-password"
        validate={[
          required('territoria.errors.fields.required'),
          minLength(PASSWORD_MIN_LENGTH, 'territoria.errors.byField.newPassword.minLength'),
          maxLength(200),
          differentFromCurrent,
        ]}
        fullWidth
      />
      <PasswordInput
        source="confirmPassword"
        label="territoria.account.confirmPassword"
        autoComplete="new-password"
        validate={[required('territoria.errors.fields.required'), sameAsNew]}
        fullWidth
      />
    </>
  );
};

/**
 * "Changer mon mot de passe" (from the user menu): the API checks the current password and
 * closes the user's other sessions.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const authProvider = useAuthProvider() as TerritoriaAuthProvider | undefined;
  // a new form after each success: the fields empty again
  const [formKey, setFormKey] = useState(0);

  const submit = async (values: Partial<Values>) => {
    try {
      await authProvider!.changePassword({
        currentPassword: values.currentPassword ?? '',
        newPassword: values.newPassword ?? '',
      });
    } catch (error) {
      const fieldErrors = (error as { body?: { errors?: Record<string, unknown> } })?.body?.errors;
      if (fieldErrors && Object.keys(fieldErrors).length > 0) return fieldErrors; // under the fields
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
    notify('territoria.account.done', { type: 'success' });
    setFormKey((key) => key + 1);
    return undefined;
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('territoria.account.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('territoria.account.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('territoria.account.intro', { min: PASSWORD_MIN_LENGTH })}
        </Typography>
        <Form key={formKey} onSubmit={submit} mode="onSubmit" noValidate>
          <Inputs />
          <SaveButton label="territoria.account.submit" icon={<></>} alwaysEnable sx={{ mt: 1 }} />
        </Form>
      </CardContent>
    </Card>
  );
};

export default ChangePasswordPage;
