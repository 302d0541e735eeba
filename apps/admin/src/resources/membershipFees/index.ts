import EuroIcon from '@mui/icons-material/Euro';
import { lazy } from 'react';

/** ADMIN and STAFF: the members' yearly dues (generated from the fee scale, then paid or waived). */
const MembershipFeeList = lazy(() => import('./MembershipFeeList'));

export const membershipFees = {
  name: 'membershipFees',
  list: MembershipFeeList,
  icon: EuroIcon,
};

export default membershipFees;
