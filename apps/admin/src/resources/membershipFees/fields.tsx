import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Link, Tooltip, Typography } from '@mui/material';
import { LinkBase, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../../util/dates';
import { FEE_STATUS_COLORS } from './choices';

export type MembershipFee = Fields<
  Api.MembershipFee,
  | 'id'
  | 'year'
  | 'amountCents'
  | 'computation'
  | 'status'
  | 'invoicedOn'
  | 'dueOn'
  | 'paidOn'
  | 'paymentReference'
  | 'waiverReason'
  | 'version'
> & {
  collectivity: Selected<Api.MembershipFee['collectivity'], 'id' | 'name'> & SomeFields<Api.Collectivity, 'population'>;
};

export const FeeStatusChip = ({ status, title }: { status: Api.FeeStatus; title?: string | null }) => {
  const translate = useTranslate();
  const chip = (
    <Chip
      size="small"
      data-testid="fee-status"
      color={FEE_STATUS_COLORS[status] ?? 'default'}
      variant={status === 'WAIVED' ? 'outlined' : 'filled'}
      label={translate(`territoria.feeStatuses.${status}`, { _: status })}
    />
  );
  return title ? <Tooltip title={title}>{chip}</Tooltip> : chip;
};

export const FeeStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<MembershipFee>();
  if (!record?.status) return null;
  return <FeeStatusChip status={record.status} title={record.waiverReason} />;
};

/** A calendar date of the record ("2 avr. 2021"), "—" when empty. */
export const DayField = ({ source }: { source: 'invoicedOn' | 'dueOn' | 'paidOn'; label?: string }) => {
  const record = useRecordContext<MembershipFee>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const value = record[source];
  return (
    <Typography variant="body2" component="span" color={value ? undefined : 'text.secondary'} sx={{ whiteSpace: 'nowrap' }}>
      {value ? formatDay(value, locale, 'medium') : '—'}
    </Typography>
  );
};

/** The collectivity (a link to its page), flagged when it has two years of dues unpaid or more. */
export const CollectivityCell = ({ arrears }: { arrears?: ReadonlySet<string>; label?: string; source?: string }) => {
  const record = useRecordContext<MembershipFee>();
  const translate = useTranslate();
  if (!record?.collectivity) return null;
  const inArrears = arrears?.has(record.collectivity.id);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Link
        component={LinkBase}
        to={`/collectivities/${record.collectivity.id}/show`}
        underline="hover"
        sx={{ fontWeight: 500 }}
        onClick={(event: React.MouseEvent) => event.stopPropagation()}
      >
        {record.collectivity.name}
      </Link>
      {inArrears && (
        <Tooltip title={translate('resources.membershipFees.arrears.flag')}>
          <WarningAmberIcon
            color="warning"
            fontSize="small"
            data-testid="arrears-flag"
            aria-label={translate('resources.membershipFees.arrears.flag')}
            aria-hidden={false}
          />
        </Tooltip>
      )}
    </Box>
  );
};
