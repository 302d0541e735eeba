export interface Cooperation {
  id: string;
  kind: string;
  since: string | null;
  endedOn: string | null;
  themes: string[];
  notes: string | null;
  countryCode: string;
  version: number;
  frenchCollectivityId: string;
  foreignCollectivityId: string;
  frenchCollectivity: { id: string; name: string } | null;
  foreignCollectivity: { id: string; name: string; countryCode?: string } | null;
}
