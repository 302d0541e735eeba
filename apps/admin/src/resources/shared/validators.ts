const URL = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

/** A website, when given, is a full address ("https://www.afd.fr"): the API refuses anything else. */
export const validateWebsite = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !URL.test(value.trim()) ? 'territoria.errors.fields.isUrl' : undefined;
