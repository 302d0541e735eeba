import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frCountries from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(frCountries);
countries.registerLocale(enCountries);

export interface CountryChoice {
  id: string;
  name: string;
}

const cache = new Map<string, CountryChoice[]>();

/** ISO 3166-1 alpha-2 countries named in the console's language, sorted the way a reader of that language expects. */
export function countryChoices(locale: string): CountryChoice[] {
  const language = locale === 'en' ? 'en' : 'fr';
  let choices = cache.get(language);
  if (!choices) {
    const names = countries.getNames(language, { select: 'official' });
    const collator = new Intl.Collator(language);
    choices = Object.entries(names)
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(language, choices);
  }
  return choices;
}

export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  return countries.getName(code, locale === 'en' ? 'en' : 'fr', { select: 'official' }) ?? code;
}
