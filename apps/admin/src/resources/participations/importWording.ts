import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import type { ImportCandidate } from './importRows';

/** Long texts (an organisation, an error) wrap instead of widening the page. */
export const WRAP = { overflowWrap: 'anywhere', wordBreak: 'normal' } as const;

/** The population unit after a number, by language (the API sends the number only). */
const INHABITANTS: Record<string, string> = { fr: 'hab.', en: 'inhabitants' };

/**
 * How a candidate reads in a pick list, worded here from the kinds and numbers the API sends:
 * "Saint-Denis — Commune · Seine-Saint-Denis (93) · 113 000 hab.", "AFD — Partenaire · AFD",
 * "Marie Martin — marie@dijon.fr".
 */
export function useCandidateLabel(): (candidate: ImportCandidate) => string {
  const translate = useTranslate();
  const [locale = 'fr'] = useLocaleState();
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  return (candidate) => {
    const parts =
      candidate.kind === 'COLLECTIVITY'
        ? [
            candidate.collectivityKind
              ? translate(`territoria.kinds.${candidate.collectivityKind}`, { _: candidate.collectivityKind })
              : null,
            candidate.departmentCode ? `${candidate.departmentName ?? ''} (${candidate.departmentCode})`.trim() : null,
            candidate.countryCode ?? null,
            candidate.population != null
              ? `${numbers.format(candidate.population)} ${INHABITANTS[locale] ?? INHABITANTS.fr}`
              : null,
          ]
        : candidate.kind === 'PARTNER'
          ? [translate('resources.partners.name', { smart_count: 1 }), candidate.acronym ?? null]
          : [candidate.email ?? ([candidate.positionTitle, candidate.positionOrganisation].filter(Boolean).join(' · ') || null)];
    const detail = parts.filter(Boolean).join(' · ');
    return detail ? `${candidate.name} — ${detail}` : candidate.name;
  };
}
