/** Offers a text as a file to save (e.g. a person's data as JSON). */
export function downloadText(text: string, filename: string, type = 'application/json'): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // let the browser start the download before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Jeanne Dupont-Moretti" → "jeanne-dupont-moretti": safe in a file name. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
