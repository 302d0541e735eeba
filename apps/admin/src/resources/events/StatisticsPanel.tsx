import {
  Alert,
  Box,
  Card,
  CardContent,
  Divider,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import { intlLocale } from '../../i18n/i18nProvider';
import { useOperation } from '../useOperation';
import { PARTICIPATION_ROLES, SESSION_KINDS } from './choices';
import { EventTrendChart } from './EventTrendChart';
import type { EventRecord, EventStatistics } from './fields';

/** Countries listed by participants, most represented first. */
export const TOP_COUNTRIES = 10;

/** The figures of an edition's panel, in the order the press release gives them. */
const FIGURES = [
  'registered',
  'attended',
  'cancelled',
  'noShow',
  'frenchCollectivities',
  'countries',
  'foreignCountries',
  'foreignDelegations',
  'embassies',
  'speakers',
  'partners',
] as const satisfies readonly (keyof EventStatistics)[];

const Figure = ({ name, value, format }: { name: string; value: number; format: (value: number) => string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={`statistic-${name}`}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Typography variant="body2" color="text.secondary">
          {translate(`resources.events.statistics.${name}`)}
        </Typography>
        <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {format(value)}
        </Typography>
      </CardContent>
    </Card>
  );
};

const Breakdown = ({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { key: string; label: string; count: string }[];
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ flex: 1, minWidth: 240 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 1 }} />
      {rows.length === 0 ? (
        <Typography color="text.secondary">—</Typography>
      ) : (
        <Table size="small" data-testid={testId}>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell>{row.label}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.count}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

/** Enum counts in the enum's order (the API sends them in any order, and only those above zero). */
function inOrder<T extends { count: number }>(order: readonly string[], rows: readonly T[], key: (row: T) => string) {
  return [...rows].sort((a, b) => order.indexOf(key(a)) - order.indexOf(key(b)));
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 1 }} />
      {children}
    </Box>
  );
};

/**
 * "Statistiques": the edition's figures (those of the press release: participants, French
 * collectivities, countries, delegations, embassies…), its breakdowns, and the trend across
 * the editions of its series.
 */
export const StatisticsPanel = () => {
  const event = useRecordContext<EventRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useOperation<EventStatistics>(
    'eventStatistics',
    { eventId: event?.id },
    { enabled: Boolean(event?.id) },
  );
  if (!event) return null;
  const number = new Intl.NumberFormat(intlLocale(locale));
  const format = (value: number) => number.format(value);
  return (
    <Box sx={{ width: '100%' }} data-testid="event-statistics">
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rectangular" height={160} />
      ) : (
        <>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: {
                xs: 'repeat(2, minmax(0, 1fr))',
                md: 'repeat(4, minmax(0, 1fr))',
                lg: 'repeat(6, minmax(0, 1fr))',
              },
              gap: 1.5,
            }}
          >
            {FIGURES.map((name) => (
              <Figure key={name} name={name} value={data[name]} format={format} />
            ))}
          </Box>
          <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mt: 3 }}>
            <Breakdown
              title="resources.events.statistics.sessionsByKind"
              testId="statistics-sessions-by-kind"
              rows={inOrder(SESSION_KINDS, data.sessionsByKind, (row) => row.kind).map((row) => ({
                key: row.kind,
                label: translate(`territoria.sessionKinds.${row.kind}`, { _: row.kind }),
                count: format(row.count),
              }))}
            />
            <Breakdown
              title="resources.events.statistics.participantsByRole"
              testId="statistics-participants-by-role"
              rows={inOrder(PARTICIPATION_ROLES, data.participantsByRole, (row) => row.role).map((row) => ({
                key: row.role,
                label: translate(`territoria.participationRoles.${row.role}`, { _: row.role }),
                count: format(row.count),
              }))}
            />
            <Breakdown
              title="resources.events.statistics.topCountries"
              testId="statistics-top-countries"
              rows={data.participantsByCountry.slice(0, TOP_COUNTRIES).map((row) => ({
                key: row.countryCode,
                label: countryName(row.countryCode, locale) || row.countryCode,
                count: format(row.count),
              }))}
            />
          </Box>
        </>
      )}
      <Section title="resources.events.statistics.trend">
        <EventTrendChart seriesId={event.seriesId} />
      </Section>
    </Box>
  );
};

export default StatisticsPanel;
