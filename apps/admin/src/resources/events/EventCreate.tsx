import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { useSaveErrorHandler } from '../useSaveErrorHandler';
import type { EventRecord } from './fields';
import { EventInputs } from './EventInputs';

export const EventCreate = () => {
  const onError = useSaveErrorHandler();
  const defaultValues = useMemo(() => ({ year: new Date().getFullYear() }), []);
  return (
    <Create<EventRecord> redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 1000 }}>
        <EventInputs />
      </SimpleForm>
    </Create>
  );
};

export default EventCreate;
