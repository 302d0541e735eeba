import { EditPage } from '../shared/EditPage';
import { EventInputs } from './EventInputs';
import { EventTitle } from './EventTitle';
import type { EventRecord } from './fields';

/** The API refuses to delete an edition that has participations: it says so, in French. */
export const EventEdit = () => (
  <EditPage<EventRecord> title={<EventTitle page="edit" />} redirect="show" deletable>
    <EventInputs edit />
  </EditPage>
);

export default EventEdit;
