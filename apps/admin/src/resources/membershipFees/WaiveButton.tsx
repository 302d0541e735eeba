import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import { TextInput, required, useRecordContext, useRefresh } from 'react-admin';
import { FormDialogButton } from '../shared/FormDialogButton';
import { useRunOperation } from '../useOperation';
import { isOpen } from './choices';
import type { MembershipFee } from './fields';

const REASON_REQUIRED = 'territoria.errors.byField.reason.isNotEmpty';
/** Required, and more than blanks: the accountant will ask. */
const reasonRules = [
  required(REASON_REQUIRED),
  (value: unknown) => (typeof value === 'string' && !value.trim() ? REASON_REQUIRED : undefined),
];

/** Waives one unpaid fee, with the reason (required: the accountant will ask). */
export const WaiveButton = (_props: { label?: string }) => {
  const record = useRecordContext<MembershipFee>();
  const refresh = useRefresh();
  const run = useRunOperation();
  if (!record || !isOpen(record.status)) return null;
  return (
    <FormDialogButton<{ reason: string }>
      buttonLabel="resources.membershipFees.waive.button"
      icon={<MoneyOffIcon />}
      placement="row"
      title="resources.membershipFees.waive.title"
      titleOptions={{ name: record.collectivity?.name ?? '', year: record.year }}
      submitLabel="resources.membershipFees.waive.confirm"
      submitColor="warning"
      done={() => ({ message: 'resources.membershipFees.waive.done', type: 'success' })}
      onSubmit={async ({ reason }) => {
        await run('waiveFee', { input: { id: String(record.id), reason: reason.trim() } });
        refresh();
      }}
    >
      <TextInput
        source="reason"
        label="resources.membershipFees.waive.reason"
        validate={reasonRules}
        slotProps={{ htmlInput: { maxLength: 300 } }}
        multiline
        minRows={2}
        fullWidth
        autoFocus
      />
    </FormDialogButton>
  );
};

export default WaiveButton;
