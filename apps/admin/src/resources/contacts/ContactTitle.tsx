import { useRecordContext, useTranslate } from 'react-admin';
import { fullName, type Contact } from './fields';

/** "Contact : Jeanne Martin" on show and edit pages. */
export const ContactTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  return <span>{translate(`resources.contacts.page.${page}`, { recordRepresentation: fullName(record) })}</span>;
};

export default ContactTitle;
