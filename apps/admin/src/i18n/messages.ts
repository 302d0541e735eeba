import type { TranslationMessages } from 'react-admin';
import { CONSOLE_RESOURCES } from '../resources';
import type { MessageTree } from '../resources/consoleResource';
import { en as sharedEn } from './en';
import { fr as sharedFr } from './fr';
import { documentsMessages } from '../resources/documents/messages';
import { checkInScanMessages } from '../resources/participations/scanMessages';

/** Words of features that are not resources of their own: printed documents' buttons, the check-in scan. */
const FEATURE_MESSAGES = [documentsMessages, checkInScanMessages];

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `part` merged in, key by key (a resource's `resources.x` and `territoria.kinds` beside the others). */
function mergeMessages(base: Tree, part: MessageTree | Tree): Tree {
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(part)) {
    merged[key] = isTree(value) && isTree(merged[key]) ? mergeMessages(merged[key], value) : value;
  }
  return merged;
}

function messagesOf(shared: TranslationMessages, language: 'fr' | 'en'): TranslationMessages {
  const resources = CONSOLE_RESOURCES.reduce<Tree>(
    (merged, resource) => (resource.messages ? mergeMessages(merged, resource.messages[language]) : merged),
    shared,
  );
  return FEATURE_MESSAGES.reduce<Tree>(
    (merged, feature) => mergeMessages(merged, feature[language]),
    resources,
  ) as TranslationMessages;
}

/** The console's words: what the app shares (i18n/fr.ts, en.ts) and each resource folder's `messages.ts`. */
export const fr = messagesOf(sharedFr, 'fr');
export const en = messagesOf(sharedEn, 'en');
