import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';

export type Cooperation = Fields<
  Api.Cooperation,
  | 'id'
  | 'kind'
  | 'since'
  | 'endedOn'
  | 'themes'
  | 'notes'
  | 'countryCode'
  | 'version'
  | 'frenchCollectivityId'
  | 'foreignCollectivityId'
> & {
  frenchCollectivity: Selected<Api.Cooperation['frenchCollectivity'], 'id' | 'name'> | null;
  foreignCollectivity:
    (Selected<Api.Cooperation['foreignCollectivity'], 'id' | 'name'> & SomeFields<Api.Collectivity, 'countryCode'>) | null;
};
