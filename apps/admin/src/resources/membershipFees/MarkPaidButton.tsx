import type * as Api from '@territoria/client';
import PaidIcon from '@mui/icons-material/Paid';
import { Box } from '@mui/material';
import { DateInput, TextInput, required, useListContext, useRefresh, useUnselectAll } from 'react-admin';
import { todayIso } from '../../util/dates';
import { FormDialogButton } from '../shared/FormDialogButton';
import { useRunOperation } from '../useOperation';

type Payment = Pick<Api.MarkFeesPaidInput, 'paidOn' | 'paymentReference'>;

/**
 * Bulk action "Marquer payé": the payment date and reference for the selected dues, recorded all
 * at once or not at all (the API refuses the lot when one is paid already).
 */
export const MarkPaidButton = () => {
  const refresh = useRefresh();
  const run = useRunOperation();
  const { selectedIds = [], resource } = useListContext();
  const unselectAll = useUnselectAll(resource ?? 'membershipFees');
  return (
    <FormDialogButton<Payment>
      buttonLabel="resources.membershipFees.pay.button"
      icon={<PaidIcon />}
      placement="toolbar"
      disabled={selectedIds.length === 0}
      title="resources.membershipFees.pay.title"
      titleOptions={{ smart_count: selectedIds.length }}
      submitLabel="resources.membershipFees.pay.confirm"
      defaultValues={{ paidOn: todayIso() }}
      done={(_values, paid) => ({
        message: 'resources.membershipFees.pay.done',
        options: { smart_count: (paid as unknown[]).length },
        type: 'success',
      })}
      onSubmit={async ({ paidOn, paymentReference }) => {
        const paid = await run<unknown[]>('markFeesPaid', {
          input: { ids: selectedIds.map(String), paidOn, paymentReference: paymentReference?.trim() || null },
        });
        unselectAll();
        refresh();
        return paid;
      }}
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateInput
          source="paidOn"
          label="resources.membershipFees.pay.paidOn"
          validate={required('territoria.errors.fields.required')}
        />
        <TextInput
          source="paymentReference"
          label="resources.membershipFees.pay.paymentReference"
          helperText="resources.membershipFees.pay.paymentReferenceHelper"
          slotProps={{ htmlInput: { maxLength: 100 } }}
          sx={{ minWidth: 280 }}
        />
      </Box>
    </FormDialogButton>
  );
};

export default MarkPaidButton;
