import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';

export type GroupRef = Fields<Api.Group, 'id' | 'kind' | 'name'>;

/** The console resource of a group of this kind. */
export const groupResource = (kind: string | undefined) => (kind === 'THEMATIC' ? 'thematicGroups' : 'countryGroups');

/** The kind of groups a resource lists. */
export const resourceKind = (resource: string | undefined) => (resource === 'thematicGroups' ? 'THEMATIC' : 'COUNTRY');

/** A group's page, whatever its kind. */
export const groupPath = (group: Pick<GroupRef, 'id' | 'kind'>, tab = '') =>
  `/${groupResource(group.kind)}/${group.id}/show${tab ? `/${tab}` : ''}`;
