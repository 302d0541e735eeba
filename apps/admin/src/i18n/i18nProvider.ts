import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { en } from './en';
import { fr } from './fr';
import { documentsMessages } from '../resources/documents/messages';
import { letterheadMessages } from '../resources/letterhead/messages';
import { checkInScanMessages } from '../resources/participations/scanMessages';

export const DEFAULT_LOCALE = 'fr';

export const LOCALES = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];

/** Features keep their words beside them, each under its own top-level key. */
const FEATURE_MESSAGES = [documentsMessages, letterheadMessages, checkInScanMessages];
const messages: Record<string, TranslationMessages> = {
  fr: Object.assign({}, fr, ...FEATURE_MESSAGES.map((feature) => feature.fr)),
  en: Object.assign({}, en, ...FEATURE_MESSAGES.map((feature) => feature.en)),
};

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
