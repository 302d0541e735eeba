import { useRecordContext, useTranslate } from 'react-admin';
import type { Partner } from './fields';

/** "Partenaire : PLATFORMA" on show and edit pages. */
export const PartnerTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext<Partner>();
  const translate = useTranslate();
  return <span>{translate(`resources.partners.page.${page}`, { recordRepresentation: record?.name ?? '' })}</span>;
};
