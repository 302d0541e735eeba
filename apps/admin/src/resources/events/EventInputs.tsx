import { DateInput, NumberInput, TextInput, maxLength, maxValue, minValue, required, useRecordContext } from 'react-admin';
import { ChosenOnCreate, FieldGrid } from '../shared/FieldLayout';
import { validateWebsite } from '../shared/validators';
import type { EventRecord } from './fields';
import { OperationChoiceInput } from './OperationChoiceInput';
import { endNotBeforeStart } from './validation';

const isRequired = required('territoria.errors.fields.required');
const rules = {
  editionNumber: [isRequired, minValue(1, 'territoria.errors.fields.min')],
  year: [isRequired, minValue(1975, 'territoria.errors.fields.min'), maxValue(2100, 'territoria.errors.fields.max')],
  title: [isRequired, maxLength(300, 'territoria.errors.fields.maxLength')],
  startsOn: isRequired,
  endsOn: [isRequired, endNotBeforeStart],
  text: maxLength(200, 'territoria.errors.fields.maxLength'),
  hashtag: maxLength(100, 'territoria.errors.fields.maxLength'),
};

/**
 * An edition's form (create and edit). The series is chosen, or created from its name, when the
 * edition is created; an edition never moves to another series, so the edit form shows it.
 */
export const EventInputs = ({ edit = false }: { edit?: boolean }) => {
  const record = useRecordContext<EventRecord>();
  return (
    <FieldGrid>
      <ChosenOnCreate
        edit={edit}
        label="resources.events.fields.seriesId"
        value={record?.series?.name ?? ''}
        testId="event-series"
      >
        <OperationChoiceInput
          source="seriesId"
          label="resources.events.fields.seriesId"
          list="eventSeries"
          create="createEventSeries"
          createItemLabel="resources.events.create_series"
          validate={isRequired}
          helperText="resources.events.helpers.seriesId"
        />
      </ChosenOnCreate>
      <NumberInput source="editionNumber" step={1} validate={rules.editionNumber} />
      <NumberInput source="year" step={1} validate={rules.year} />
      <TextInput source="title" validate={rules.title} sx={{ gridColumn: '1 / -1' }} />
      {/* pairs, each starting a row */}
      <DateInput source="startsOn" validate={rules.startsOn} sx={{ gridColumnStart: 1 }} />
      <DateInput source="endsOn" validate={rules.endsOn} />
      <TextInput source="venue" validate={rules.text} helperText="resources.events.helpers.venue" sx={{ gridColumnStart: 1 }} />
      <TextInput source="city" validate={rules.text} />
      <TextInput source="theme" multiline minRows={2} helperText="resources.events.helpers.theme" sx={{ gridColumn: '1 / -1' }} />
      <TextInput source="website" type="url" validate={validateWebsite} helperText="resources.events.helpers.website" />
      <TextInput source="hashtag" validate={rules.hashtag} helperText="resources.events.helpers.hashtag" />
    </FieldGrid>
  );
};

export default EventInputs;
