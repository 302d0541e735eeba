import { CONSOLE_RESOURCES } from '../resources';
import type { ResourceDefinition } from './resourceDefinition';

/** How each resource maps onto the API (see resourceDefinition.ts), from the resource list (resources/index.ts). */
export const RESOURCES: Record<string, ResourceDefinition> = Object.fromEntries(
  CONSOLE_RESOURCES.flatMap((resource) => (resource.api ? [[resource.name, resource.api]] : [])),
);

export type { ActionDefinition, FilterMapping, ParentQuery, ResourceDefinition } from './resourceDefinition';
