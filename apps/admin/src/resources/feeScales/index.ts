import TableChartIcon from '@mui/icons-material/TableChart';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { messages } from './messages';
import { feeScalesOperations } from './operations';

/** ADMIN only: the yearly fee scale the dues are computed from (read and written by its operations). */
const FeeScaleEditor = lazy(() => import('./FeeScaleEditor'));

export const feeScales = defineConsoleResource({
  name: 'feeScales',
  list: FeeScaleEditor,
  icon: TableChartIcon,
  operations: feeScalesOperations,
  access: { ADMIN: ['list', 'edit'] },
  messages,
});

export default feeScales;
