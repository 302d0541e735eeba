import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Alert, AlertTitle, Box, Card, CardContent, Link, Skeleton, Typography } from '@mui/material';
import { useMemo } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { formatCents } from '../../util/money';
import { useOperation } from '../useOperation';

export type DuesTotals = Fields<
  Api.DuesTotals,
  'year' | 'count' | 'invoicedCents' | 'paidCents' | 'waivedCents' | 'lateCount' | 'lateCents'
>;

export type CollectivityInArrears = Fields<Api.Collectivity, 'id' | 'name'>;

/** The API's members with two years of dues unpaid or more, as a set of collectivity ids (rows are flagged). */
export function useMembersInArrears() {
  const { data, isPending, error } = useOperation<CollectivityInArrears[]>('membersInArrears', { minYears: 2 });
  const members = useMemo(() => (Array.isArray(data) ? data : []), [data]);
  const ids = useMemo(() => new Set(members.map((row) => row.id)), [members]);
  return { members, ids, isPending, error };
}

const Total = ({
  label,
  value,
  detail,
  testId,
  color,
}: {
  label: string;
  value: string;
  detail?: string;
  testId: string;
  color?: string;
}) => (
  <Card variant="outlined" sx={{ flex: 1, minWidth: 180 }} data-testid={testId}>
    <CardContent sx={{ pb: '12px !important' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color }}>
        {value}
      </Typography>
      {detail && (
        <Typography variant="caption" color="text.secondary">
          {detail}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/** The year's totals: facturé / encaissé / exonéré / en retard. */
export const DuesTotalsPanel = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useOperation<DuesTotals>('duesTotals', { year });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (isPending || !data) return <Skeleton variant="rectangular" height={88} />;
  return (
    <Box component="section" aria-label={translate('resources.membershipFees.totals.title', { year })}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('resources.membershipFees.totals.title', { year })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Total
          testId="dues-total-invoiced"
          label={translate('resources.membershipFees.totals.invoiced')}
          value={formatCents(data.invoicedCents)}
          detail={translate('resources.membershipFees.totals.count', { smart_count: data.count })}
        />
        <Total
          testId="dues-total-paid"
          label={translate('resources.membershipFees.totals.paid')}
          value={formatCents(data.paidCents)}
        />
        <Total
          testId="dues-total-waived"
          label={translate('resources.membershipFees.totals.waived')}
          value={formatCents(data.waivedCents)}
        />
        <Total
          testId="dues-total-late"
          label={translate('resources.membershipFees.totals.late')}
          value={formatCents(data.lateCents)}
          detail={translate('resources.membershipFees.totals.late_count', { smart_count: data.lateCount })}
          color={data.lateCount > 0 ? 'error.main' : undefined}
        />
      </Box>
    </Box>
  );
};

/** Members with two years of unpaid dues or more, each a link to its page. */
export const ArrearsPanel = () => {
  const translate = useTranslate();
  const { members, isPending, error } = useMembersInArrears();
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (isPending) return null;
  if (members.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="arrears-none">
        {translate('resources.membershipFees.arrears.empty')}
      </Typography>
    );
  }
  return (
    <Alert severity="warning" data-testid="arrears-panel">
      <AlertTitle>{translate('resources.membershipFees.arrears.title')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2, columns: { md: 2, lg: 3 } }}>
        {members.map((member) => (
          <li key={member.id}>
            <Link component={LinkBase} to={`/collectivities/${member.id}/show`} underline="hover">
              {member.name}
            </Link>
          </li>
        ))}
      </Box>
    </Alert>
  );
};
