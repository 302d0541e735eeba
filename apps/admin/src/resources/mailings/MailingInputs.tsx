import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useOperation } from '../useOperation';
import { DUES_LETTERS, POSITION_KINDS } from './definition';

/** Subject, message with its merge fields, and the audience: the contacts list's own criteria. */
export const MailingInputs = () => {
  const translate = useTranslate();
  const settings = useOperation<Fields<Api.MailSettings, 'mergeFields'>>('mailSettings', {});
  const fields = (settings.data?.mergeFields ?? []).map((field) => `{{${field}}}`).join(', ');
  return (
    <>
      <TextInput source="subject" validate={required()} fullWidth />
      <TextInput
        source="body"
        validate={required()}
        multiline
        minRows={8}
        fullWidth
        helperText={translate('territoria.mailings.mergeFieldsHelp', { fields })}
      />
      <Typography variant="subtitle2">{translate('territoria.mailings.audience')}</Typography>
      <ReferenceInput source="groupId" reference="groups">
        <AutocompleteInput optionText="name" fullWidth />
      </ReferenceInput>
      <ReferenceInput source="eventId" reference="events">
        <AutocompleteInput optionText="title" fullWidth />
      </ReferenceInput>
      <SelectInput
        source="positionKind"
        choices={POSITION_KINDS.map((id) => ({ id, name: translate(`territoria.mailings.positionKind.${id}`) }))}
      />
      <BooleanInput source="memberCollectivities" />
      <BooleanInput source="partners" />
      <ReferenceInput source="editionId" reference="events">
        <AutocompleteInput optionText="title" fullWidth />
      </ReferenceInput>
      <DuesLetterInputs />
    </>
  );
};

/** Each recipient's dues letter as an attachment: the kind, and the year it is for (required with a kind). */
const DuesLetterInputs = () => {
  const translate = useTranslate();
  const letter = useWatch({ name: 'duesLetter' }) as string | null | undefined;
  return (
    <>
      <Typography variant="subtitle2">{translate('territoria.mailings.duesLetterTitle')}</Typography>
      <SelectInput
        source="duesLetter"
        emptyText="territoria.mailings.duesLetter.NONE"
        choices={DUES_LETTERS.map((id) => ({ id, name: translate(`territoria.mailings.duesLetter.${id}`) }))}
        helperText="territoria.mailings.duesLetterHelp"
      />
      {letter && <NumberInput source="duesYear" validate={required()} min={1900} max={2200} step={1} />}
    </>
  );
};
