import { ValidateIf } from 'class-validator';

/** On an update input: absent means "leave as is"; a value given is validated, null included. */
export const IsPresentOrAbsent = () => ValidateIf((_object, value) => value !== undefined);

/** The fields a partial update sets: the absent ones (undefined) stay as they are. */
export function presentFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
