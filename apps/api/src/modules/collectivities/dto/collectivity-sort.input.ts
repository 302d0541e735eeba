import { registerEnumType } from '@nestjs/graphql';
import { SortInputType } from '../../../common/pagination/sort.input.js';

export const CollectivitySortField = {
  RELEVANCE: 'RELEVANCE',
  NAME: 'NAME',
  POPULATION: 'POPULATION',
  INSEE_CODE: 'INSEE_CODE',
  KIND: 'KIND',
  DEPARTMENT_CODE: 'DEPARTMENT_CODE',
  MEMBERSHIP_STATUS: 'MEMBERSHIP_STATUS',
  UPDATED_AT: 'UPDATED_AT',
} as const;
export type CollectivitySortField = (typeof CollectivitySortField)[keyof typeof CollectivitySortField];

registerEnumType(CollectivitySortField, {
  name: 'CollectivitySortField',
  valuesMap: { RELEVANCE: { description: 'Best match first when searching, then by name' } },
});

export const CollectivitySort = SortInputType(CollectivitySortField, 'CollectivitySort');
export type CollectivitySort = InstanceType<typeof CollectivitySort>;
