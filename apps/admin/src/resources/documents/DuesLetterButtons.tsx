import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { useListContext, useRecordContext } from 'react-admin';
import { DownloadButton } from './DownloadButton';
import { documentUrls } from './useDownload';

type Fee = Fields<Api.MembershipFee, 'id' | 'year' | 'status'>;

/** The letter a fee calls for: its dues call while unpaid, its receipt once paid (none when waived). */
export const FeeLetterButton = ({ fee: given }: { fee?: Fee }) => {
  const record = useRecordContext<Fee>();
  const fee = given ?? record;
  if (!fee) return null;
  if (fee.status === 'PAID') {
    return <DownloadButton url={documentUrls.receipt(fee.id)} fileName={`recu-${fee.year}.pdf`} label="documents.receipt" />;
  }
  if (fee.status === 'INVOICED' || fee.status === 'LATE') {
    return <DownloadButton url={documentUrls.duesCall(fee.id)} fileName={`appel-${fee.year}.pdf`} label="documents.duesCall" />;
  }
  return null;
};

/** The year filtered on: all its calls (dues unpaid) or all its receipts in one file each. */
export const YearLettersButtons = () => {
  const { filterValues } = useListContext();
  const year = typeof filterValues?.year === 'number' ? filterValues.year : null;
  if (!year) return null;
  return (
    <>
      <DownloadButton
        url={documentUrls.yearCalls(year)}
        fileName={`appels-${year}.pdf`}
        label="documents.yearCalls"
        labelOptions={{ year }}
      />
      <DownloadButton
        url={documentUrls.yearReceipts(year)}
        fileName={`recus-${year}.pdf`}
        label="documents.yearReceipts"
        labelOptions={{ year }}
      />
    </>
  );
};
