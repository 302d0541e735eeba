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
  description: 'Fields a list of collectivities can be ordered by. Default: RELEVANCE with a search, NAME otherwise',
  valuesMap: {
    RELEVANCE: { description: 'Best match first when searching, then by name' },
    NAME: { description: 'Name, ignoring accents and case' },
    POPULATION: { description: 'Population (unknown last)' },
    INSEE_CODE: { description: 'INSEE code' },
    KIND: { description: 'Kind' },
    DEPARTMENT_CODE: { description: 'Département code' },
    MEMBERSHIP_STATUS: { description: 'Membership status' },
    UPDATED_AT: { description: 'Last change' },
  },
});

export const CollectivitySort = SortInputType(CollectivitySortField, 'CollectivitySort');
export type CollectivitySort = InstanceType<typeof CollectivitySort>;
