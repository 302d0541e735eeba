import type * as Api from '@territoria/client';
import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { placeLabel, type Collectivity } from './fields';

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Régions or départements as choices keyed by INSEE code — the value the API stores in
 * regionCode / departmentCode and filters on. Régions show their name, départements
 * "Côte-d'Or (21)". They barely change: cached ten minutes.
 */
export function usePlaceChoices(kind: Extract<Api.CollectivityKind, 'REGION' | 'DEPARTMENT'>, regionCode?: string | null) {
  const { data, isPending } = useGetList<Collectivity>(
    'collectivities',
    {
      filter: { kind: [kind], ...(regionCode ? { regionCode } : {}) },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: kind === 'REGION' ? 100 : 200 },
    },
    { staleTime: TEN_MINUTES },
  );
  const choices = useMemo(
    () =>
      (data ?? [])
        .filter((place) => place.inseeCode)
        .map((place) => ({ id: place.inseeCode as string, name: kind === 'REGION' ? place.name : placeLabel(place) })),
    [data, kind],
  );
  return { choices, isPending };
}
