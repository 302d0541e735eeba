import { useRecordContext } from 'react-admin';
import { DownloadButton } from './DownloadButton';
import { documentUrls } from './useDownload';

/** An edition's badges, eight to an A4 sheet, each with its QR code for the check-in desk. */
export const BadgesButton = () => {
  const record = useRecordContext<{ id: string }>();
  if (!record) return null;
  return <DownloadButton url={documentUrls.badges(String(record.id))} fileName="badges.pdf" label="documents.badges" />;
};
