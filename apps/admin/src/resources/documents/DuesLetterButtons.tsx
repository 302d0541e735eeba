import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { CreateButton, useCanAccess, useListContext, useRecordContext, useTranslate } from 'react-admin';
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
      <MailCallsButton year={year} />
    </>
  );
};

/** A draft mailing to the members' people, each with their collectivity's call of the year attached. */
const MailCallsButton = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'mailings', action: 'create' });
  if (!canAccess) return null;
  const record = {
    subject: translate('documents.mailCallsSubject', { year }),
    body: translate('documents.mailCallsBody', { year }),
    memberCollectivities: true,
    duesLetter: 'CALL',
    duesYear: year,
  };
  return <CreateButton resource="mailings" state={{ record }} label={translate('documents.mailCalls', { year })} />;
};
