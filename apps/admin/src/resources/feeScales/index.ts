import TableChartIcon from '@mui/icons-material/TableChart';
import { lazy } from 'react';

/** ADMIN only: the yearly fee scale the dues are computed from. */
const FeeScaleEditor = lazy(() => import('./FeeScaleEditor'));

export const feeScales = {
  name: 'feeScales',
  list: FeeScaleEditor,
  icon: TableChartIcon,
};

export default feeScales;
