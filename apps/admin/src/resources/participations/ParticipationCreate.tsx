import { Alert, AlertTitle, Link as MuiLink } from '@mui/material';
import { useMemo, useState } from 'react';
import { Create, LinkBase, SimpleForm, required, useTranslate } from 'react-admin';
import { ContactInput, EventInput } from '../shared/pickers';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { Participation } from './fields';
import { ParticipationInputs, withChosenOrganisation } from './ParticipationInputs';

/** The registration the API found for the same person and edition (DUPLICATE, extensions.existingId). */
export function existingParticipationId(error: unknown): string | null {
  const body = (error as { body?: { code?: string; extensions?: { existingId?: unknown } } } | null)?.body;
  return body?.code === 'DUPLICATE' && typeof body.extensions?.existingId === 'string' ? body.extensions.existingId : null;
}

/** A person, an organisation, or both: never nothing. */
function validateRegistration(values: Record<string, unknown>) {
  const data = withChosenOrganisation(values);
  if (data.contactId || data.collectivityId || data.partnerId || data.organisationName) return {};
  return { contactId: 'resources.participations.person_or_organisation' };
}

const DuplicateNotice = ({ existingId }: { existingId: string }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="participation-duplicate"
      sx={{ width: '100%', mb: 2, boxSizing: 'border-box' }}
    >
      <AlertTitle>{translate('resources.participations.duplicate.title')}</AlertTitle>
      <MuiLink component={LinkBase} to={`/participations/${existingId}`}>
        {translate('resources.participations.duplicate.open')}
      </MuiLink>
    </Alert>
  );
};

/**
 * A registration by hand: the edition (the one the list was filtered on, if any), the person
 * and/or the organisation, the role and the country represented.
 */
export const ParticipationCreate = () => {
  const onSaveError = useSaveErrorHandler();
  const [existingId, setExistingId] = useState<string | null>(null);
  const defaultValues = useMemo(() => ({ role: 'ATTENDEE', organisationKind: 'none' }), []);

  const onError = (error: unknown) => {
    setExistingId(existingParticipationId(error));
    onSaveError(error);
  };

  return (
    <Create<Participation> redirect="list" mutationOptions={{ onError }} transform={withChosenOrganisation}>
      <SimpleForm defaultValues={defaultValues} validate={validateRegistration} sx={{ maxWidth: 1000 }}>
        {existingId && <DuplicateNotice existingId={existingId} />}
        <EventInput
          source="eventId"
          label="resources.participations.fields.eventId"
          validate={required('territoria.errors.fields.required')}
        />
        <ContactInput
          source="contactId"
          label="resources.participations.fields.contactId"
          helperText="resources.participations.helpers.contactId"
          sx={{ minWidth: 400 }}
        />
        <ParticipationInputs />
      </SimpleForm>
    </Create>
  );
};

export default ParticipationCreate;
