import { useRecordContext, useTranslate } from 'react-admin';
import type { EventRecord } from './fields';

/** "Rencontre : Rencontres de l'AICT (2021)" on show and edit pages. */
export const EventTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext<EventRecord>();
  const translate = useTranslate();
  return (
    <span>
      {translate(`resources.events.page.${page}`, { recordRepresentation: record ? `${record.title} (${record.year})` : '' })}
    </span>
  );
};

export default EventTitle;
