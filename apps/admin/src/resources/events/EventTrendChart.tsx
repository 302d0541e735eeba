import { Alert, Box, Skeleton, Typography, useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useOperation } from '../useOperation';
import type { EventStatistics } from './fields';

/**
 * Charts are drawn at this size until the browser measures their box (and in tests, where
 * jsdom measures nothing): ResponsiveContainer then follows the box's width.
 */
export const CHART_INITIAL_SIZE = { width: 640, height: 280 };

/**
 * One bar group per edition, oldest first (the API's order): registered and attended. Labelled by
 * edition number and year: two editions held the same year stay apart.
 */
export function trendRows(trend: readonly EventStatistics[]) {
  return trend.map((edition) => ({
    edition: `${edition.editionNumber} · ${edition.year}`,
    editionNumber: edition.editionNumber,
    registered: edition.registered,
    attended: edition.attended,
  }));
}

/** Registered and attended per edition (eventTrend), as a bar chart. */
export const EventTrendChart = ({ seriesId, height = 280 }: { seriesId?: string | null; height?: number }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const { data, isPending, error } = useOperation<EventStatistics[]>('eventTrend', { seriesId: seriesId ?? null });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (isPending) return <Skeleton variant="rectangular" height={height} />;
  const rows = trendRows(data ?? []);
  if (rows.length === 0)
    return <Typography color="text.secondary">{translate('resources.events.statistics.no_trend')}</Typography>;
  const registered = translate('resources.events.statistics.registered');
  const attended = translate('resources.events.statistics.attended');
  return (
    <Box
      data-testid="event-trend-chart"
      role="img"
      aria-label={translate('resources.events.statistics.trend')}
      sx={{ width: '100%', height }}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: CHART_INITIAL_SIZE.width, height }}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="edition" />
          <YAxis allowDecimals={false} />
          <Tooltip
            labelFormatter={(label, payload) =>
              `${translate('resources.events.edition', { smart_count: payload?.[0]?.payload?.editionNumber ?? 0 })} (${String(label).split(' · ')[1] ?? label})`
            }
          />
          <Legend />
          <Bar dataKey="registered" name={registered} fill={theme.palette.primary.main} isAnimationActive={false} />
          <Bar dataKey="attended" name={attended} fill={theme.palette.success.main} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

export default EventTrendChart;
