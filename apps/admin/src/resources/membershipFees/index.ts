import EuroIcon from '@mui/icons-material/Euro';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { membershipFeesApi } from './api';
import { messages } from './messages';
import { membershipFeesOperations } from './operations';

/** ADMIN and STAFF: the members' yearly dues (generated from the fee scale, then paid or waived). */
const MembershipFeeList = lazy(() => import('./MembershipFeeList'));

export const membershipFees = defineConsoleResource({
  name: 'membershipFees',
  list: MembershipFeeList,
  icon: EuroIcon,
  api: membershipFeesApi,
  operations: membershipFeesOperations,
  access: {
    ADMIN: ['list', 'export', 'generate', 'pay', 'waive'],
    STAFF: ['list', 'export', 'generate', 'pay', 'waive'],
  },
  messages,
  audit: { entityType: 'MembershipFee', enumLabels: { status: 'territoria.feeStatuses' } },
});

export default membershipFees;
