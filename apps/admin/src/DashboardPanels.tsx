import type * as Api from '@territoria/client';
import type { Fields } from './providers/records';
import { Alert, Box, Card, CardActionArea, CardContent, LinearProgress, Skeleton, Typography, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LinkBase, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from './i18n/i18nProvider';
import { CHART_INITIAL_SIZE, EventTrendChart } from './resources/events/EventTrendChart';
import { eventPath, formatDateRange, type EventRecord, type EventStatistics } from './resources/events/fields';
import type { DuesTotals } from './resources/membershipFees/DuesSummary';
import { useOperation } from './resources/useOperation';
import { formatCents } from './util/money';

/** A dashboard card: a title, then its content (a link to the page it sums up, when there is one). */
export const Panel = ({ title, to, children, testId }: { title: string; to?: string; children: ReactNode; testId: string }) => {
  const content = (
    <CardContent>
      <Typography color="text.secondary" variant="body2" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ flex: 1, minWidth: 280 }} data-testid={testId}>
      {to ? (
        <CardActionArea component={LinkBase} to={to} sx={{ height: '100%' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
};

/** This year's dues: collected against invoiced (duesTotals), with a bar. */
export const DuesPanel = ({ year = new Date().getFullYear() }: { year?: number }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useOperation<DuesTotals>('duesTotals', { year });
  const ratio = data && data.invoicedCents > 0 ? Math.min(100, (data.paidCents / data.invoicedCents) * 100) : 0;
  return (
    <Panel
      title={translate('territoria.dashboard.dues_title', { year })}
      to={`/membershipFees?filter=${encodeURIComponent(JSON.stringify({ year }))}`}
      testId="dashboard-dues"
    >
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rectangular" height={56} />
      ) : data.count === 0 ? (
        <Typography color="text.secondary">{translate('territoria.dashboard.dues_none', { year })}</Typography>
      ) : (
        <>
          <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatCents(data.paidCents)}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('territoria.dashboard.dues_collected', {
              paid: formatCents(data.paidCents),
              invoiced: formatCents(data.invoicedCents),
            })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={ratio}
            aria-label={translate('territoria.dashboard.dues_title', { year })}
          />
        </>
      )}
    </Panel>
  );
};

/** The edition to come (the soonest of those not over yet), if any. */
export function nextEdition(events: readonly EventRecord[]): EventRecord | undefined {
  return [...events].sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
}

/** The next edition's registrations (and arrivals, on the day), linking to it. */
export const NextEditionPanel = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const {
    data: upcoming,
    isPending,
    error,
  } = useGetList<EventRecord>('events', {
    filter: { upcoming: true },
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'startsOn', order: 'ASC' },
  });
  const edition = nextEdition(upcoming ?? []);
  const statistics = useOperation<EventStatistics>('eventStatistics', { eventId: edition?.id }, { enabled: Boolean(edition) });
  const number = new Intl.NumberFormat(intlLocale(locale));
  return (
    <Panel
      title={translate('territoria.dashboard.next_edition')}
      to={edition ? eventPath(edition.id) : undefined}
      testId="dashboard-next-edition"
    >
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={56} />
      ) : !edition ? (
        <Typography color="text.secondary">{translate('territoria.dashboard.no_next_edition')}</Typography>
      ) : (
        <>
          <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
            {edition.title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {[formatDateRange(edition.startsOn, edition.endsOn, locale), edition.city].filter(Boolean).join(' · ')}
          </Typography>
          {statistics.error ? (
            <Alert severity="error">{(statistics.error as Error).message}</Alert>
          ) : (
            <Box sx={{ display: 'flex', gap: 3 }}>
              {(['registered', 'attended'] as const).map((name) => (
                <Box key={name} data-testid={`next-edition-${name}`}>
                  <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {statistics.data ? number.format(statistics.data[name]) : '…'}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`territoria.dashboard.${name}`)}
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
        </>
      )}
    </Panel>
  );
};

export const ParticipationByEditionPanel = () => {
  const translate = useTranslate();
  return (
    <Panel title={translate('territoria.dashboard.participation_by_edition')} testId="dashboard-participation">
      <EventTrendChart height={260} />
    </Panel>
  );
};

type RegionMemberCount = Fields<Api.RegionMemberCount, 'regionCode' | 'regionName' | 'memberCount'>;

const REGION_ROW_HEIGHT = 26;

/** Members by région, most first: one horizontal bar each, the région's name beside it. */
export const MembersByRegionPanel = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const { data, isPending, error } = useOperation<RegionMemberCount[]>('memberCountsByRegion', {});
  const rows = [...(data ?? [])].sort((a, b) => b.memberCount - a.memberCount);
  const height = Math.max(120, rows.length * REGION_ROW_HEIGHT + 40);
  const members = translate('territoria.dashboard.member_count');
  return (
    <Panel title={translate('territoria.dashboard.members_by_region')} testId="dashboard-regions">
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={260} />
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{translate('territoria.dashboard.no_regions')}</Typography>
      ) : (
        <Box role="img" aria-label={translate('territoria.dashboard.members_by_region')} sx={{ width: '100%', height }}>
          <ResponsiveContainer width="100%" height={height} initialDimension={{ width: CHART_INITIAL_SIZE.width, height }}>
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="regionName" width={180} interval={0} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar dataKey="memberCount" name={members} fill={theme.palette.primary.main} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </Box>
      )}
    </Panel>
  );
};
