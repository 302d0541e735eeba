import { useState } from 'react';
import { Create, SimpleForm, useNotify } from 'react-admin';
import { todayIso } from '../../util/dates';
import { ContactInputs } from './ContactInputs';
import { DuplicateWarning, TypingDuplicateHint, duplicateCandidates, type DuplicateCandidate } from './DuplicateWarning';
import type { Contact } from './fields';

/**
 * A new contact, with an optional first position. When the API answers that the person may
 * already exist (DUPLICATE with candidates), the page lists them with links to open them, and
 * offers to create the contact anyway (see DuplicateWarning).
 */
export const ContactCreate = () => {
  const notify = useNotify();
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);

  const onError = (error: unknown) => {
    const found = duplicateCandidates(error);
    setCandidates(found);
    if (found) return;
    const validationErrors = (error as { body?: { errors?: object } })?.body?.errors;
    if (validationErrors && Object.keys(validationErrors).length > 0) return; // shown on the fields
    notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
  };

  return (
    <Create<Contact> redirect="show" mutationOptions={{ onError }}>
      <SimpleForm
        sx={{ maxWidth: 1200 }}
        defaultValues={{ consentStatus: 'UNKNOWN', position: { kind: 'ELECTED', startedOn: todayIso() } }}
      >
        {candidates ? <DuplicateWarning candidates={candidates} /> : <TypingDuplicateHint />}
        <ContactInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};

export default ContactCreate;
