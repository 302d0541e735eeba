import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Link, Typography } from '@mui/material';
import { DataTable, LinkBase, useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../../util/dates';
import { formatCents } from '../../util/money';
import { useMembersInArrears } from '../membershipFees/DuesSummary';
import { FeeStatusChip, type MembershipFee } from '../membershipFees/fields';
import { FeeLetterButton } from '../documents/DuesLetterButtons';
import { NestedList } from '../shared/NestedList';
import { Section } from '../shared/Section';
import type { Collectivity } from './fields';

export type MembershipChange = Fields<
  Api.MembershipChange,
  'id' | 'fromStatus' | 'toStatus' | 'effectiveOn' | 'deliberationDate' | 'deliberationReference' | 'recordedAt'
>;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "Délibération DEL-2020-114 du 28 sept. 2020", or what is known of it. */
export function deliberationText(
  change: Pick<MembershipChange, 'deliberationDate' | 'deliberationReference'>,
  translate: Translate,
  locale: string,
) {
  const date = change.deliberationDate ? formatDay(change.deliberationDate, locale, 'medium') : '';
  const reference = change.deliberationReference ?? '';
  if (date && reference) return translate('territoria.membershipDues.deliberation_full', { reference, date });
  if (date) return translate('territoria.membershipDues.deliberation', { date });
  if (reference) return translate('territoria.membershipDues.deliberation_reference', { reference });
  return translate('territoria.membershipDues.no_deliberation');
}

const MembershipHistory = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const status = (value: string) => translate(`territoria.membershipStatuses.${value}`, { _: value });
  return (
    <Section title="territoria.membershipDues.history" component="h3">
      <NestedList<MembershipChange>
        reference="membershipChanges"
        target="collectivityId"
        empty="territoria.membershipDues.no_history"
        skeletonHeight={40}
      >
        {({ data }) => (
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="membership-history">
            {(data ?? []).map((change) => (
              <Box component="li" key={change.id} sx={{ mb: 1 }} data-testid="membership-change">
                <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                  {translate('territoria.membershipDues.change', {
                    from: status(change.fromStatus),
                    to: status(change.toStatus),
                  })}
                </Typography>{' '}
                <Typography variant="body2" component="span">
                  {translate('territoria.membershipDues.effectiveOn', { date: formatDay(change.effectiveOn, locale, 'medium') })}
                </Typography>
                <Typography variant="body2" color="text.secondary" data-testid="membership-deliberation">
                  {deliberationText(change, translate, locale)}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </NestedList>
    </Section>
  );
};

/** A column of the dues' table. */
const Column = DataTable.Col<MembershipFee>;
const day = { whiteSpace: 'nowrap' } as const;

const DuesTable = ({ fees }: { fees: MembershipFee[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <DataTable<MembershipFee>
        data={fees}
        bulkActionButtons={false}
        rowClick={false}
        sx={{ maxWidth: 900 }}
        data-testid="collectivity-dues"
      >
        <Column label="resources.membershipFees.fields.year" render={(fee) => fee.year} sx={{ fontWeight: 600 }} />
        <Column
          label="resources.membershipFees.fields.status"
          render={(fee) => <FeeStatusChip status={fee.status} title={fee.waiverReason ?? fee.computation} />}
        />
        <Column
          label="resources.membershipFees.fields.amountCents"
          align="right"
          render={(fee) => formatCents(fee.amountCents)}
          sx={{ fontVariantNumeric: 'tabular-nums', ...day }}
        />
        <Column label="resources.membershipFees.fields.dueOn" render={(fee) => formatDay(fee.dueOn, locale, 'medium')} sx={day} />
        <Column
          label="resources.membershipFees.fields.paidOn"
          render={(fee) => (fee.paidOn ? formatDay(fee.paidOn, locale, 'medium') : '—')}
          sx={day}
        />
        <Column label="resources.membershipFees.fields.paymentReference" render={(fee) => fee.paymentReference ?? '—'} />
        <Column render={(fee) => <FeeLetterButton fee={fee} />} />
      </DataTable>
      <Link
        component={LinkBase}
        to={`/membershipFees?filter=${encodeURIComponent(JSON.stringify({ q: fees[0]?.collectivity?.name ?? '' }))}`}
        variant="body2"
        sx={{ display: 'inline-block', mt: 1 }}
      >
        {translate('territoria.membershipDues.see_all_dues')}
      </Link>
    </>
  );
};

const DuesByYear = ({ collectivityId }: { collectivityId: string }) => {
  const translate = useTranslate();
  const { ids: arrears } = useMembersInArrears();
  const inArrears = arrears.has(collectivityId) && (
    <Chip
      size="small"
      color="warning"
      icon={<WarningAmberIcon />}
      label={translate('territoria.membershipDues.in_arrears')}
      data-testid="collectivity-arrears"
    />
  );
  return (
    <Section title="territoria.membershipDues.dues" component="h3" action={inArrears}>
      <NestedList<MembershipFee>
        reference="membershipFees"
        target="collectivityId"
        sort={{ field: 'year', order: 'DESC' }}
        perPage={100}
        empty="territoria.membershipDues.no_dues"
        skeletonHeight={40}
      >
        {({ data }) => <DuesTable fees={data ?? []} />}
      </NestedList>
    </Section>
  );
};

/**
 * "Adhésion et cotisations" on a collectivity's page (ADMIN and STAFF, who see the dues): the
 * membership changes with the council's deliberation, and the dues year by year.
 */
export const CollectivityDuesSection = () => {
  const record = useRecordContext<Collectivity>();
  const { canAccess } = useCanAccess({ resource: 'membershipFees', action: 'list' });
  if (!record || canAccess !== true) return null;
  return (
    <Section card title="resources.collectivities.sections.dues" id="collectivity-dues-title" testId="collectivity-dues-section">
      <MembershipHistory />
      <DuesByYear collectivityId={String(record.id)} />
    </Section>
  );
};

export default CollectivityDuesSection;
