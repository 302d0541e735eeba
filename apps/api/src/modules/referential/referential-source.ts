import { CollectivityKind } from '@territoria/domain';
import { createRequire } from 'node:module';

/** One row of the official referential, in our terms. */
export interface ReferentialRow {
  kind: CollectivityKind;
  inseeCode: string | null;
  siren: string | null;
  name: string;
  population: number | null;
  regionCode: string | null;
  departmentCode: string | null;
  postalCodes: string[];
}

interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  zone: string;
  departement?: string;
  region?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
}
interface SourceArea {
  code: string;
  nom: string;
  zone: string;
  region?: string;
}
interface SourceIntercommunality {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}

const INTERCOMMUNALITY_KINDS: Record<string, CollectivityKind> = {
  METRO: CollectivityKind.METROPOLIS,
  // The Métropole de Lyon is a collectivité à statut particulier, not an EPCI.
  MET69: CollectivityKind.SPECIAL_STATUS,
  CU: CollectivityKind.URBAN_COMMUNITY,
  CA: CollectivityKind.AGGLOMERATION_COMMUNITY,
  CC: CollectivityKind.COMMUNITY_OF_COMMUNES,
  EPT: CollectivityKind.TERRITORIAL_PUBLIC_ESTABLISHMENT,
};

// TAAF and Clipperton have no inhabitants and no local government.
const UNINHABITED_TERRITORIES = new Set(['984', '989']);

/**
 * Reads @etalab/decoupage-administratif: régions and départements (metropolitan and overseas),
 * the collectivités d'outre-mer, every current commune, EPCI and EPT. Former, delegated and
 * associated communes and Paris, Lyon, Marseille's arrondissements are left out: they are not
 * local governments.
 */
export function readReferential(): ReferentialRow[] {
  const require = createRequire(import.meta.url);
  const load = <T>(file: string) => require(`@etalab/decoupage-administratif/data/${file}.json`) as T[];
  const communes = load<SourceCommune>('communes').filter(
    (commune) => commune.type === 'commune-actuelle' && !UNINHABITED_TERRITORIES.has(commune.departement ?? ''),
  );
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  const populationBy = (key: 'departement' | 'region') => {
    const totals = new Map<string, number>();
    for (const commune of communes) {
      const code = commune[key];
      if (code) totals.set(code, (totals.get(code) ?? 0) + (commune.population ?? 0));
    }
    return totals;
  };
  const departmentPopulation = populationBy('departement');
  const regionPopulation = populationBy('region');

  const rows: ReferentialRow[] = [];
  for (const region of load<SourceArea>('regions')) {
    if (region.zone === 'com') continue;
    rows.push(territory(CollectivityKind.REGION, region.code, region.nom, regionPopulation, region.code, null));
  }
  for (const department of load<SourceArea>('departements')) {
    if (UNINHABITED_TERRITORIES.has(department.code)) continue;
    const overseas = department.zone === 'com';
    rows.push(
      territory(
        overseas ? CollectivityKind.OVERSEAS_COLLECTIVITY : CollectivityKind.DEPARTMENT,
        department.code,
        department.nom,
        departmentPopulation,
        department.region ?? null,
        department.code,
      ),
    );
  }
  for (const commune of communes) {
    rows.push({
      kind: CollectivityKind.COMMUNE,
      inseeCode: commune.code,
      siren: commune.siren ?? null,
      name: commune.nom,
      population: commune.population ?? null,
      regionCode: commune.region ?? null,
      departmentCode: commune.departement ?? null,
      postalCodes: commune.codesPostaux ?? [],
    });
  }
  for (const body of [...load<SourceIntercommunality>('epci'), ...load<SourceIntercommunality>('ept')]) {
    const kind = INTERCOMMUNALITY_KINDS[body.type];
    if (!kind) continue;
    // An intercommunality may straddle départements: it is placed where its largest commune is.
    const largest = body.membres
      .map((member) => communeByCode.get(member.code))
      .reduce<SourceCommune | undefined>(
        (best, commune) => (commune && (commune.population ?? 0) > (best?.population ?? -1) ? commune : best),
        undefined,
      );
    rows.push({
      kind,
      inseeCode: null,
      siren: body.code,
      name: body.nom,
      population: body.populationMunicipale ?? null,
      regionCode: largest?.region ?? null,
      departmentCode: largest?.departement ?? null,
      postalCodes: [],
    });
  }
  return rows;
}

function territory(
  kind: CollectivityKind,
  code: string,
  name: string,
  populations: Map<string, number>,
  regionCode: string | null,
  departmentCode: string | null,
): ReferentialRow {
  return {
    kind,
    inseeCode: code,
    siren: null,
    name,
    population: populations.get(code) ?? null,
    regionCode,
    departmentCode,
    postalCodes: [],
  };
}
