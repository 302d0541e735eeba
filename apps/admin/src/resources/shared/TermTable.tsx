import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../../util/dates';
import { SectionHeading } from './Section';

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

export interface TermSectionsProps<T extends Term> {
  /** Every term, current or past (sorted here, newest start first). */
  terms: T[];
  /** The table of the current terms (`current`) or of the past ones. */
  table: (rows: T[], current: boolean) => ReactNode;
  /** Translation keys of the two headings. */
  currentTitle: string;
  pastTitle: string;
  /** Beside the current terms' heading (appointing someone, adding a position). */
  action?: ReactNode;
  /** Said when there is no current term. */
  emptyCurrent: ReactNode;
  /** Said when there is no past term; without it, the past section is left out then. */
  emptyPast?: ReactNode;
  /** Said, alone, when there is no term at all; without it, both sections show. */
  emptyAll?: ReactNode;
}

/** The terms of a record (a group's offices, a contact's positions): current ones, then past ones. */
export function TermSections<T extends Term & { current: boolean }>({
  terms,
  table,
  currentTitle,
  pastTitle,
  action,
  emptyCurrent,
  emptyPast,
  emptyAll,
}: TermSectionsProps<T>) {
  const sorted = [...terms].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  const current = sorted.filter((term) => term.current);
  const past = sorted.filter((term) => !term.current);
  const empty = (content: ReactNode) => <Typography color="text.secondary">{content}</Typography>;
  if (sorted.length === 0 && emptyAll !== undefined) {
    return (
      <Box sx={{ width: '100%' }}>
        {action && <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>{action}</Box>}
        {empty(emptyAll)}
      </Box>
    );
  }
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ mb: 1 }}>
        <SectionHeading title={currentTitle} action={action} />
      </Box>
      {current.length > 0 ? table(current, true) : empty(emptyCurrent)}
      {(past.length > 0 || emptyPast !== undefined) && (
        <>
          <Box sx={{ mt: 3, mb: 1 }}>
            <SectionHeading title={pastTitle} />
          </Box>
          {past.length > 0 ? table(past, false) : empty(emptyPast)}
        </>
      )}
    </Box>
  );
}
