import { useRecordContext, useTranslate } from 'react-admin';
import type { Collectivity } from './fields';

/** "Collectivité : Dijon" on show and edit pages. */
export const CollectivityTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext<Collectivity>();
  const translate = useTranslate();
  return <span>{translate(`resources.collectivities.page.${page}`, { recordRepresentation: record?.name ?? '' })}</span>;
};

export default CollectivityTitle;
