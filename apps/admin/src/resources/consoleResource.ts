import type { ResourceProps } from 'react-admin';
import type { Role } from '../providers/authProvider';
import type { OperationDefinition } from '../providers/operations';
import type { ResourceDefinition } from '../providers/resourceDefinition';

/** What a role may do with a resource: every action ('*'), or the named ones. */
export type Access = readonly string[] | '*';

/** A part of the translations (deep-merged with the others): `resources.<name>…`, `territoria.<enum>…`. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** A folder's words, French and English side by side (same keys: checked by i18n.test.ts). */
export interface ResourceMessages {
  fr: MessageTree;
  en: MessageTree;
}

/** How the journal and a record's history speak of the resource's audited entity. */
export interface AuditLabels {
  /** The API's entity type (the resource's field labels name its changes). */
  entityType: string;
  /** Fields whose values are enums: the translation prefix of their values, e.g. { kind: 'territoria.kinds' }. */
  enumLabels?: Record<string, string>;
  /** Where a journal row of this entity leads (false: nowhere, e.g. a merged contact). */
  recordPath?: (entityId: string, action: string) => string | false;
}

/**
 * One console resource, from its folder: react-admin's pages (list, show, edit, create, icon,
 * recordRepresentation), how the data provider maps it onto the API, its other operations, what
 * each role may do with it, its translations and its audit labels. `resources/index.ts` lists
 * them all; App.tsx, the data provider, the auth provider, the i18n provider and the journal
 * build their registries from that one list.
 */
export interface ConsoleResource extends Omit<ResourceProps, 'name' | 'children'> {
  name: string;
  /** The data provider's mapping (see providers/resourceDefinition.ts); none: read with another record. */
  api?: ResourceDefinition;
  /** Operations outside react-admin's verbs, run with `dataProvider.runOperation(name, variables)`. */
  operations?: Readonly<Record<string, OperationDefinition>>;
  /** Roles that may use the resource, and how; a role left out has no access (and no menu entry). */
  access: Partial<Record<Role, Access>>;
  messages?: ResourceMessages;
  audit?: AuditLabels;
}

/** Keeps the object's own types (its operation names, for `useOperation`) while checking its shape. */
export const defineConsoleResource = <const T extends ConsoleResource>(resource: T): T => resource;

/** The react-admin pages a role gets: those whose action it may take (a group president: no edit, no create). */
export function pagesFor(resource: ConsoleResource, access: Access) {
  const allowed = (action: string) => access === '*' || access.includes(action);
  return {
    name: resource.name,
    list: allowed('list') ? resource.list : undefined,
    show: allowed('show') ? resource.show : undefined,
    edit: allowed('edit') ? resource.edit : undefined,
    create: allowed('create') ? resource.create : undefined,
    icon: resource.icon,
    options: resource.options,
    recordRepresentation: resource.recordRepresentation,
    hasCreate: resource.hasCreate,
    hasEdit: resource.hasEdit,
    hasShow: resource.hasShow,
  };
}
