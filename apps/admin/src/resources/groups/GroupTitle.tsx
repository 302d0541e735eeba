import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { Group } from './fields';

/** "Groupe-pays : Mali" on show and edit pages. */
export const GroupTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext<Group>();
  const resource = useResourceContext();
  const translate = useTranslate();
  return <span>{translate(`resources.${resource}.page.${page}`, { recordRepresentation: record?.name ?? '' })}</span>;
};

export default GroupTitle;
