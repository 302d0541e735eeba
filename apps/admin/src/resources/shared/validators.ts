import { required } from 'react-admin';
const URL = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

/** A website, when given, is a full address ("https://www.afd.fr"): the API refuses anything else. */
export const validateWebsite = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !URL.test(value.trim()) ? 'territoria.errors.fields.isUrl' : undefined;

/** The usual "required" rule of the console's forms. */
export const isRequired = required('territoria.errors.fields.required');

/** The choices of a select over an enum, each labelled by its translation under `prefix`. */
export const enumChoices = (values: Record<string, string>, prefix: string) =>
  Object.values(values).map((value) => ({ id: value, name: `${prefix}.${value}` }));
