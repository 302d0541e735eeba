import type * as Api from '@territoria/client';
import type { Fields, Relation } from '../../providers/records';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Divider,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { LinkBase, useCanAccess, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../../util/dates';
import { formatCents } from '../../util/money';
import { useMembersInArrears } from '../membershipFees/DuesSummary';
import { FeeStatusChip, type MembershipFee } from '../membershipFees/fields';
import { useOperation } from '../useOperation';
import { FeeLetterButton } from '../documents/DuesLetterButtons';
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

const MembershipHistory = ({ collectivityId }: { collectivityId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useOperation<Relation<Api.Collectivity, 'membershipHistory', MembershipChange>>(
    'collectivityMembership',
    {
      id: collectivityId,
    },
  );
  const status = (value: string) => translate(`territoria.membershipStatuses.${value}`, { _: value });
  const changes = data?.membershipHistory ?? [];
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('territoria.membershipDues.history')}
      </Typography>
      <Divider sx={{ mb: 1 }} />
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={40} />
      ) : changes.length === 0 ? (
        <Typography color="text.secondary">{translate('territoria.membershipDues.no_history')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="membership-history">
          {changes.map((change) => (
            <Box component="li" key={change.id} sx={{ mb: 1 }} data-testid="membership-change">
              <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                {translate('territoria.membershipDues.change', { from: status(change.fromStatus), to: status(change.toStatus) })}
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
    </Box>
  );
};

const DuesByYear = ({ collectivityId }: { collectivityId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { ids: arrears } = useMembersInArrears();
  const { data, isPending, error } = useGetList<MembershipFee>('membershipFees', {
    filter: { collectivityId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'year', order: 'DESC' },
  });
  return (
    <Box component="section">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {translate('territoria.membershipDues.dues')}
        </Typography>
        {arrears.has(collectivityId) && (
          <Chip
            size="small"
            color="warning"
            icon={<WarningAmberIcon />}
            label={translate('territoria.membershipDues.in_arrears')}
            data-testid="collectivity-arrears"
          />
        )}
      </Box>
      <Divider sx={{ mb: 1 }} />
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={40} />
      ) : !data || data.length === 0 ? (
        <Typography color="text.secondary">{translate('territoria.membershipDues.no_dues')}</Typography>
      ) : (
        <>
          <Table size="small" sx={{ maxWidth: 900 }} data-testid="collectivity-dues">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.membershipFees.fields.year')}</TableCell>
                <TableCell>{translate('resources.membershipFees.fields.status')}</TableCell>
                <TableCell align="right">{translate('resources.membershipFees.fields.amountCents')}</TableCell>
                <TableCell>{translate('resources.membershipFees.fields.dueOn')}</TableCell>
                <TableCell>{translate('resources.membershipFees.fields.paidOn')}</TableCell>
                <TableCell>{translate('resources.membershipFees.fields.paymentReference')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((fee) => (
                <TableRow key={fee.id}>
                  <TableCell sx={{ fontWeight: 600 }}>{fee.year}</TableCell>
                  <TableCell>
                    <FeeStatusChip status={fee.status} title={fee.waiverReason ?? fee.computation} />
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {formatCents(fee.amountCents)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(fee.dueOn, locale, 'medium')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {fee.paidOn ? formatDay(fee.paidOn, locale, 'medium') : '—'}
                  </TableCell>
                  <TableCell>{fee.paymentReference ?? '—'}</TableCell>
                  <TableCell>
                    <FeeLetterButton fee={fee} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Link
            component={LinkBase}
            to={`/membershipFees?filter=${encodeURIComponent(JSON.stringify({ q: data[0]?.collectivity?.name ?? '' }))}`}
            variant="body2"
            sx={{ display: 'inline-block', mt: 1 }}
          >
            {translate('territoria.membershipDues.see_all_dues')}
          </Link>
        </>
      )}
    </Box>
  );
};

/**
 * "Adhésion et cotisations" on a collectivity's page (ADMIN and STAFF, who see the dues): the
 * membership changes with the council's deliberation, and the dues year by year.
 */
export const CollectivityDuesSection = () => {
  const record = useRecordContext<Collectivity>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'membershipFees', action: 'list' });
  if (!record || canAccess !== true) return null;
  return (
    <Card component="section" sx={{ mt: 2 }} data-testid="collectivity-dues-section" aria-labelledby="collectivity-dues-title">
      <CardContent>
        <Typography variant="h6" component="h2" id="collectivity-dues-title" sx={{ mb: 1 }}>
          {translate('resources.collectivities.sections.dues')}
        </Typography>
        <MembershipHistory collectivityId={String(record.id)} />
        <DuesByYear collectivityId={String(record.id)} />
      </CardContent>
    </Card>
  );
};

export default CollectivityDuesSection;
