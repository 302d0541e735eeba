import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';

/** Pages are loaded on demand: the list first, the forms only when opened. */
const CollectivityList = lazy(() => import('./CollectivityList'));
const CollectivityShow = lazy(() => import('./CollectivityShow'));
const CollectivityEdit = lazy(() => import('./CollectivityEdit'));
const CollectivityCreate = lazy(() => import('./CollectivityCreate'));

export const collectivities = {
  name: 'collectivities',
  list: CollectivityList,
  show: CollectivityShow,
  edit: CollectivityEdit,
  create: CollectivityCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
};

export default collectivities;
