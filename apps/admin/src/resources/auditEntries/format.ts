import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { countryName } from '../../i18n/countries';
import { intlLocale } from '../../i18n/i18nProvider';
import type { Translate } from '../../providers/errors';
import { scopeLabelKey } from '../apiTokens/choices';
import { CONSOLE_RESOURCES } from '../index';

/**
 * Audit entries as staff read them: "Adhésion : Non adhérent → Adhérent", "par marie@…",
 * "12 mars 2025 à 14:05". The API gives each change's values as JSON text ("\"MEMBER\"",
 * "null", "[\"21000\"]"); labels come from the resource's field translations and enum
 * values from the same keys as the forms.
 */

/** before and after: JSON, or null for no value */
export type AuditChange = Fields<Api.AuditChange, 'field' | 'before' | 'after'>;

export type AuditEntry = Fields<
  Api.AuditEntry,
  'id' | 'at' | 'action' | 'actorType' | 'actorId' | 'actorLabel' | 'entityType' | 'entityId'
> & {
  changes: AuditChange[];
};

export interface FormatContext {
  translate: Translate;
  locale: string;
  /** The entity the value belongs to (its enums are read first). */
  entityType?: string;
}

const AUDITED = CONSOLE_RESOURCES.flatMap((resource) => (resource.audit ? [{ name: resource.name, ...resource.audit }] : []));

/** The console resource of each audited entity type (its field labels, its pages), as each resource's folder says. */
export const ENTITY_RESOURCES: Record<string, string> = Object.fromEntries(
  AUDITED.map((audited) => [audited.entityType, audited.name]),
);

/**
 * Fields whose values are enums, with the translation keys of their values: the entity's own
 * first; for a value without its entity, every entity's (entities share field names, "kind" of a
 * collectivity, a position or a group: their values differ, the first key that knows the value wins).
 */
const ENUM_KEYS: Record<string, string[]> = {};
for (const { enumLabels } of AUDITED) {
  for (const [field, prefix] of Object.entries(enumLabels ?? {})) (ENUM_KEYS[field] ??= []).push(prefix);
}

function enumKeysOf(field: string, entityType: string | undefined): string[] | undefined {
  const own = AUDITED.find((audited) => audited.entityType === entityType)?.enumLabels?.[field];
  const all = ENUM_KEYS[field];
  return own ? [own, ...(all ?? [])] : all;
}

const MISSING = '\u0000';

function enumLabel(prefixes: string[], value: string, translate: Translate): string {
  for (const prefix of prefixes) {
    const label = translate(`${prefix}.${value}`, { _: MISSING });
    if (label && label !== MISSING) return label;
  }
  return value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A change's JSON text → its value (a text that is not JSON is kept as it is). */
export function parseAuditValue(json: string | null | undefined): unknown {
  if (json === null || json === undefined) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** "12 mars 2025 à 14:05" (fr-FR), "12 March 2025 at 14:05" (en-GB). */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "1979-03-12" → "12 mars 1979": a calendar date, never shifted by the time zone. */
export function formatDate(value: string, locale: string): string {
  const match = DATE.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(date);
}

export function fieldLabel(entityType: string, field: string, translate: Translate): string {
  const resource = ENTITY_RESOURCES[entityType];
  if (!resource) return field;
  return translate(`resources.${resource}.fields.${field}`, { _: field });
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** One value of a field, in words. */
export function formatAuditValue(field: string, value: unknown, context: FormatContext): string {
  const { translate, locale } = context;
  if (isEmptyValue(value)) return translate('territoria.audit.empty_value');
  // the API records that a password changed, never the password
  if (field === 'password') return translate('territoria.audit.password_changed');
  if (typeof value === 'boolean') return translate(value ? 'territoria.audit.yes' : 'territoria.audit.no');
  if (typeof value === 'number') return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
  if (Array.isArray(value)) return value.map((item) => formatAuditValue(field, item, context)).join(', ');
  if (typeof value === 'string') {
    const enumKeys = enumKeysOf(field, context.entityType);
    if (enumKeys) return enumLabel(enumKeys, value, translate);
    if (field === 'scopes') return translate(scopeLabelKey(value), { _: value });
    if (field === 'countryCode' || field === 'countries') return countryName(value, locale) || value;
    if (DATE.test(value)) return formatDate(value, locale);
    if (DATE_TIME.test(value)) return formatDateTime(value, locale);
    return value;
  }
  return JSON.stringify(value);
}

export interface DescribedChange {
  field: string;
  label: string;
  before: string;
  after: string;
  /** "Adhésion : Non adhérent → Adhérent" (a creation: "Nom : Dijon"; a deletion: "Nom : Dijon"). */
  text: string;
}

export function describeChange(entityType: string, action: string, change: AuditChange, context: FormatContext): DescribedChange {
  const label = fieldLabel(entityType, change.field, context.translate);
  const ofEntity = { ...context, entityType };
  const before = formatAuditValue(change.field, parseAuditValue(change.before), ofEntity);
  const after = formatAuditValue(change.field, parseAuditValue(change.after), ofEntity);
  const text =
    action === 'UPDATE'
      ? context.translate('territoria.audit.change', { label, before, after })
      : context.translate('territoria.audit.value', { label, value: action === 'DELETE' ? before : after });
  return { field: change.field, label, before, after, text };
}

/** Who made the change: the user's email, « Jeton d'API « nom » », or the system (imports, start-up). */
export function actorName(entry: Pick<AuditEntry, 'actorType' | 'actorLabel'>, translate: Translate): string {
  if (entry.actorType === 'SYSTEM') return translate('territoria.audit.actors.system');
  if (entry.actorType === 'API_TOKEN') {
    return translate('territoria.audit.actors.token', { name: entry.actorLabel.replace(/^token\s+/i, '') });
  }
  return entry.actorLabel;
}

export function actionLabel(action: string, translate: Translate): string {
  return translate(`territoria.audit.actions.${action}`, { _: action });
}

export function entityTypeLabel(entityType: string, translate: Translate): string {
  return translate(`territoria.audit.entityTypes.${entityType}`, { _: entityType });
}

export interface DescribedEntry {
  id: string;
  date: string;
  actor: string;
  action: string;
  changes: DescribedChange[];
}

/**
 * A whole entry. A creation lists the values given (empty ones left out), an update each
 * change with before → after.
 */
export function describeEntry(entry: AuditEntry, context: FormatContext): DescribedEntry {
  const changes = entry.changes
    .filter(
      (change) =>
        entry.action === 'UPDATE' || !isEmptyValue(parseAuditValue(entry.action === 'DELETE' ? change.before : change.after)),
    )
    .map((change) => describeChange(entry.entityType, entry.action, change, context));
  return {
    id: entry.id,
    date: formatDateTime(entry.at, context.locale),
    actor: actorName(entry, context.translate),
    action: actionLabel(entry.action, context.translate),
    changes,
  };
}

/** Where a journal row leads: the record's page, for records that have one and still exist. */
export function recordPath(entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'action'>): string | false {
  if (entry.action === 'DELETE') return false;
  const path = AUDITED.find((audited) => audited.entityType === entry.entityType)?.recordPath;
  return path ? path(entry.entityId, entry.action) : false;
}
