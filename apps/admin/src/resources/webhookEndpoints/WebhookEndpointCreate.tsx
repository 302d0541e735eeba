import { WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX_LENGTH } from '@territoria/domain';
import { useMemo, useState } from 'react';
import { CheckboxGroupInput, Create, SimpleForm, TextInput, maxLength, required, useRedirect, type Validator } from 'react-admin';
import { SCOPE_CHOICES } from '../apiTokens/choices';
import { SecretDialog } from '../apiTokens/SecretDialog';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import { eventLabelKey, type WebhookEndpoint } from './fields';

const EVENT_CHOICES = WEBHOOK_EVENT_TYPES.map((type) => ({ id: type, name: eventLabelKey(type) }));

const atLeastOne: Validator = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'territoria.errors.fields.arrayMinSize';

const httpUrl: Validator = (value: unknown) =>
  typeof value === 'string' && value !== '' && !/^https?:\/\//i.test(value.trim())
    ? 'territoria.errors.fields.WEBHOOK_URL_SCHEME'
    : undefined;

/** Registering an endpoint answers its signing secret, once: shown in a dialog, then the endpoint's page. */
export const WebhookEndpointCreate = () => {
  const redirect = useRedirect();
  const onError = useSaveErrorHandler();
  const [created, setCreated] = useState<Required<Pick<WebhookEndpoint, 'id' | 'url' | 'secret'>> | null>(null);
  const defaultValues = useMemo(() => ({ eventTypes: [], scopes: ['collectivities:read'] }), []);
  return (
    <>
      <Create<WebhookEndpoint>
        mutationOptions={{
          onSuccess: (endpoint: WebhookEndpoint) => {
            setCreated({ id: endpoint.id, url: endpoint.url, secret: endpoint.secret ?? '' });
            // react-admin keeps the created record in its cache: the secret must not stay there
            delete endpoint.secret;
          },
          onError,
        }}
      >
        <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 800 }}>
          <TextInput
            source="url"
            validate={[
              required('territoria.errors.fields.required'),
              maxLength(WEBHOOK_URL_MAX_LENGTH, 'territoria.errors.fields.WEBHOOK_URL_TOO_LONG'),
              httpUrl,
            ]}
            helperText="resources.webhookEndpoints.helpers.url"
            autoComplete="off"
          />
          <TextInput source="description" validate={maxLength(500, 'territoria.errors.fields.maxLength')} />
          <CheckboxGroupInput
            source="eventTypes"
            choices={EVENT_CHOICES}
            validate={atLeastOne}
            helperText="resources.webhookEndpoints.helpers.eventTypes"
          />
          <CheckboxGroupInput
            source="scopes"
            choices={SCOPE_CHOICES}
            row={false}
            helperText="resources.webhookEndpoints.helpers.scopes"
          />
        </SimpleForm>
      </Create>
      {created && (
        <SecretDialog
          name={created.url}
          secret={created.secret}
          messages="resources.webhookEndpoints.secret"
          onClose={() => {
            setCreated(null);
            redirect('show', 'webhookEndpoints', created.id);
          }}
        />
      )}
    </>
  );
};

export default WebhookEndpointCreate;
