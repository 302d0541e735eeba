export const CollectivityKind = {
  REGION: 'REGION',
  DEPARTMENT: 'DEPARTMENT',
  COMMUNE: 'COMMUNE',
  METROPOLIS: 'METROPOLIS',
  URBAN_COMMUNITY: 'URBAN_COMMUNITY',
  AGGLOMERATION_COMMUNITY: 'AGGLOMERATION_COMMUNITY',
  COMMUNITY_OF_COMMUNES: 'COMMUNITY_OF_COMMUNES',
  TERRITORIAL_PUBLIC_ESTABLISHMENT: 'TERRITORIAL_PUBLIC_ESTABLISHMENT',
  SPECIAL_STATUS: 'SPECIAL_STATUS',
  OVERSEAS_COLLECTIVITY: 'OVERSEAS_COLLECTIVITY',
  FOREIGN_LOCAL_GOVERNMENT: 'FOREIGN_LOCAL_GOVERNMENT',
} as const;
export type CollectivityKind = (typeof CollectivityKind)[keyof typeof CollectivityKind];

export const COLLECTIVITY_KINDS = Object.values(CollectivityKind);

/** Intercommunal bodies (EPCI and EPT): known by their SIREN, they have no INSEE code. */
export const INTERCOMMUNAL_KINDS: readonly CollectivityKind[] = [
  CollectivityKind.METROPOLIS,
  CollectivityKind.URBAN_COMMUNITY,
  CollectivityKind.AGGLOMERATION_COMMUNITY,
  CollectivityKind.COMMUNITY_OF_COMMUNES,
  CollectivityKind.TERRITORIAL_PUBLIC_ESTABLISHMENT,
];

export function isFrenchKind(kind: CollectivityKind): boolean {
  return kind !== CollectivityKind.FOREIGN_LOCAL_GOVERNMENT;
}
