/**
 * Accent-, case- and punctuation-insensitive form of a text, close to the database's
 * search_normalize(): "Saint-Étienne" and "ST ETIENNE" both give "saint etienne".
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
}
