import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../../util/dates';

/** A position or an office: what the table reads of either. */
type Term = Fields<Api.Position | Api.GroupOffice, 'id' | 'startedOn'> & SomeFields<Api.Position | Api.GroupOffice, 'endedOn'>;

export interface TermColumn<T> {
  /** Translation key of the header. */
  label: string;
  render: (row: T) => ReactNode;
}

/**
 * A table of terms (mandates, offices…): the columns given, first in bold, then start and end
 * days; `action`, when given, fills a last column (ending a current term).
 */
export function TermTable<T extends Term>({
  rows,
  columns,
  startLabel,
  endLabel,
  action,
  testId,
}: {
  rows: T[];
  columns: TermColumn<T>[];
  startLabel: string;
  endLabel: string;
  action?: (row: T) => ReactNode;
  testId: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column.label}>{translate(column.label)}</TableCell>
          ))}
          <TableCell>{translate(startLabel)}</TableCell>
          <TableCell>{translate(endLabel)}</TableCell>
          {action && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            {columns.map((column, index) => (
              <TableCell key={column.label} sx={index === 0 ? { fontWeight: 500 } : undefined}>
                {column.render(row)}
              </TableCell>
            ))}
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(row.startedOn, locale)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.endedOn ? formatDay(row.endedOn, locale) : '—'}</TableCell>
            {action && <TableCell align="right">{action(row)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
