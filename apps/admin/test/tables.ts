/** The rows of a table's body (its header row left out), e.g. a DataTable's records. */
export const bodyRows = (table: HTMLElement): HTMLElement[] => Array.from(table.querySelectorAll<HTMLElement>('tbody tr'));
