import { Box, MenuItem, Select, Table, TableBody, TableCell, TableHead, TableRow, alpha, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { WRAP } from './importWording';

export interface ChoiceColumn<Row> {
  header: ReactNode;
  width: string;
  cell: (row: Row) => ReactNode;
  /** Greyed or bold, as the column needs. */
  sx?: object;
}

export interface ChoiceOption {
  value: string;
  label: ReactNode;
}

/**
 * A table whose last column chooses a value for each row: the file's columns (which field each
 * holds) and the file's status values (which status each means) read alike.
 */
export function ChoiceTable<Row>({
  rows,
  rowKey,
  columns,
  choiceHeader,
  choiceWidth,
  value,
  options,
  empty,
  disabled,
  ariaLabel,
  onChange,
  unsettled,
  rowProps,
  testId,
}: {
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  columns: ChoiceColumn<Row>[];
  choiceHeader: ReactNode;
  choiceWidth: string;
  value: (row: Row) => string;
  options: ChoiceOption[];
  /** The empty choice: selectable (a column ignored) or only shown (a status not read yet). */
  empty: { label: ReactNode; selectable: boolean };
  disabled: boolean;
  ariaLabel: (row: Row) => string;
  onChange: (row: Row, value: string) => void;
  /** Rows still waiting for a choice: highlighted. */
  unsettled?: (row: Row) => boolean;
  rowProps?: (row: Row) => Record<string, string>;
  testId?: string;
}) {
  const highlight = (theme: Theme, row: Row) => (unsettled?.(row) ? alpha(theme.palette.warning.main, 0.1) : undefined);
  return (
    <Table size="small" data-testid={testId} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          {columns.map((column, index) => (
            <TableCell key={index} sx={{ width: column.width }}>
              {column.header}
            </TableCell>
          ))}
          <TableCell sx={{ width: choiceWidth }}>{choiceHeader}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)} {...rowProps?.(row)} sx={(theme) => ({ bgcolor: highlight(theme, row) })}>
            {columns.map((column, index) => (
              <TableCell key={index} sx={{ ...WRAP, ...column.sx }}>
                {column.cell(row)}
              </TableCell>
            ))}
            <TableCell>
              <Select
                size="small"
                fullWidth
                displayEmpty
                disabled={disabled}
                value={value(row)}
                inputProps={{ 'aria-label': ariaLabel(row) }}
                onChange={(event) => onChange(row, String(event.target.value))}
              >
                <MenuItem value="" disabled={!empty.selectable}>
                  <Box component="em">{empty.label}</Box>
                </MenuItem>
                {options.map((option) => (
                  <MenuItem key={option.value} value={option.value}>
                    {option.label}
                  </MenuItem>
                ))}
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
