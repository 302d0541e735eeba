import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { en, fr } from './messages';

export const DEFAULT_LOCALE = 'fr';

export const LOCALES = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

const messages: Record<string, TranslationMessages> = { fr, en };

export function createI18nProvider(initialLocale: string = DEFAULT_LOCALE): I18nProvider {
  return polyglotI18nProvider((locale) => messages[locale] ?? fr, initialLocale, LOCALES, {
    // A missing key falls back to the `_` default or to the key itself, never throws.
    allowMissing: true,
  });
}

/** The application's single provider: the data provider translates error messages with it too. */
export const i18nProvider = createI18nProvider();

/** BCP 47 tag for Intl number and date formatting ("fr" → "fr-FR"). */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}
