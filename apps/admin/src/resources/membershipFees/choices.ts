import type * as Api from '@territoria/client';
import { FeeStatus } from '@territoria/domain';

export const FEE_STATUSES = Object.values(FeeStatus);

/** Facturée, Payée, Exonérée, En retard (translation keys). */
export const FEE_STATUS_CHOICES = FEE_STATUSES.map((status) => ({ id: status, name: `territoria.feeStatuses.${status}` }));

export const FEE_STATUS_COLORS: Record<Api.FeeStatus, 'info' | 'success' | 'default' | 'error'> = {
  INVOICED: 'info',
  PAID: 'success',
  WAIVED: 'default',
  LATE: 'error',
};

/** Dues that can still be paid or waived. */
export const isOpen = (status: Api.FeeStatus) => status === 'INVOICED' || status === 'LATE';
