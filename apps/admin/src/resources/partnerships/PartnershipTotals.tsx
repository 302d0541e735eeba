import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import { formatCents } from '../../util/money';
import { useOperation } from '../useOperation';
import { PARTNERSHIP_KINDS } from './choices';
import { PartnershipKindChip } from './fields';

export type PartnershipTotal = Fields<Api.PartnershipTotal, 'year' | 'kind' | 'count' | 'totalCents'>;

export interface YearTotals {
  year: number;
  rows: PartnershipTotal[];
  count: number;
  totalCents: number;
}

/** The API's totals (one row per year and kind) grouped by year, newest first, kinds in a fixed order. */
export function groupTotalsByYear(totals: readonly PartnershipTotal[]): YearTotals[] {
  const byYear = new Map<number, PartnershipTotal[]>();
  for (const total of totals) byYear.set(total.year, [...(byYear.get(total.year) ?? []), total]);
  const order = (kind: string) => {
    const index = (PARTNERSHIP_KINDS as string[]).indexOf(kind);
    return index === -1 ? PARTNERSHIP_KINDS.length : index;
  };
  return [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, rows]) => ({
      year,
      rows: [...rows].sort((a, b) => order(a.kind) - order(b.kind)),
      count: rows.reduce((sum, row) => sum + row.count, 0),
      totalCents: rows.reduce((sum, row) => sum + row.totalCents, 0),
    }));
}

/** Totals by year and kind (the year of the list's filter, or every year), above the partnerships. */
export const PartnershipTotals = ({ year }: { year?: number | null }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useOperation<PartnershipTotal[]>('partnershipTotals', { year: year ?? null });
  const years = groupTotalsByYear(data ?? []);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="partnership-totals">
      <CardContent sx={{ pb: '12px !important' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('resources.partnerships.totals.title')}
        </Typography>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : isPending ? (
          <Skeleton variant="rectangular" height={60} />
        ) : years.length === 0 ? (
          <Typography color="text.secondary">{translate('resources.partnerships.totals.empty')}</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto', maxHeight: 320 }}>
            <Table size="small" aria-label={translate('resources.partnerships.totals.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.partnerships.totals.year')}</TableCell>
                  <TableCell>{translate('resources.partnerships.totals.kind')}</TableCell>
                  <TableCell align="right">{translate('resources.partnerships.totals.count')}</TableCell>
                  <TableCell align="right">{translate('resources.partnerships.totals.total')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {years.map((group) => (
                  <Fragment key={group.year}>
                    {group.rows.map((row, index) => (
                      <TableRow key={`${row.year}-${row.kind}`} data-testid={`partnership-total-${row.year}-${row.kind}`}>
                        <TableCell sx={{ fontWeight: 600 }}>{index === 0 ? row.year : ''}</TableCell>
                        <TableCell>
                          <PartnershipKindChip kind={row.kind} />
                        </TableCell>
                        <TableCell align="right">{row.count}</TableCell>
                        <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                          {formatCents(row.totalCents)}
                        </TableCell>
                      </TableRow>
                    ))}
                    <TableRow data-testid={`partnership-total-${group.year}`}>
                      <TableCell />
                      <TableCell sx={{ fontWeight: 600 }}>{translate('resources.partnerships.totals.all_kinds')}</TableCell>
                      <TableCell align="right" sx={{ fontWeight: 600 }}>
                        {group.count}
                      </TableCell>
                      <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                        {formatCents(group.totalCents)}
                      </TableCell>
                    </TableRow>
                  </Fragment>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

export default PartnershipTotals;
