import { PageType } from '../../../common/pagination/page.type.js';
import { Collectivity } from '../collectivity.entity.js';

export const CollectivityPage = PageType(Collectivity, 'CollectivityPage');
