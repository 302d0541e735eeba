import { useMemo, useState } from 'react';
import {
  CheckboxGroupInput,
  Create,
  DateInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useRedirect,
  type Validator,
} from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import { todayIso } from '../../util/dates';
import { SCOPE_CHOICES, defaultExpiry } from './choices';
import type { ApiToken } from './fields';
import { SecretDialog } from './SecretDialog';

/** The token works until the end of the chosen day: today at the earliest (the API refuses a past expiry). */
const notInThePast: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && value < todayIso() ? 'territoria.errors.byField.expiresAt.future' : undefined;

const atLeastOne: Validator = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'territoria.errors.byField.scopes.arrayMinSize';

/**
 * Creating a token answers its secret, once: the page shows it in a dialog with a copy button,
 * and goes back to the list when the administrator says it has been copied.
 */
export const ApiTokenCreate = () => {
  const redirect = useRedirect();
  const onError = useSaveErrorHandler();
  const [created, setCreated] = useState<Required<Pick<ApiToken, 'name' | 'secret'>> | null>(null);
  const defaultValues = useMemo(() => ({ scopes: ['collectivities:read'], expiresAt: defaultExpiry() }), []);
  return (
    <>
      <Create<ApiToken>
        mutationOptions={{
          onSuccess: (token: ApiToken) => {
            setCreated({ name: token.name, secret: token.secret ?? '' });
            // react-admin keeps the created record in its cache: the secret must not stay there
            delete token.secret;
          },
          onError,
        }}
      >
        <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 700 }}>
          <TextInput
            source="name"
            validate={[required('territoria.errors.fields.required'), maxLength(200, 'territoria.errors.fields.maxLength')]}
            helperText="resources.apiTokens.helpers.name"
            autoComplete="off"
          />
          <CheckboxGroupInput
            source="scopes"
            choices={SCOPE_CHOICES}
            row={false}
            validate={atLeastOne}
            helperText="resources.apiTokens.helpers.scopes"
          />
          <DateInput
            source="expiresAt"
            validate={[required('territoria.errors.fields.required'), notInThePast]}
            helperText="resources.apiTokens.helpers.expiresAt"
          />
        </SimpleForm>
      </Create>
      {created && (
        <SecretDialog
          name={created.name}
          secret={created.secret}
          onClose={() => {
            setCreated(null);
            redirect('list', 'apiTokens');
          }}
        />
      )}
    </>
  );
};

export default ApiTokenCreate;
