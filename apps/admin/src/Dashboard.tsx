import { Box, Button, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { LinkBase, Loading, Title, useGetList, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { DuesPanel, MembersByRegionPanel, NextEditionPanel, ParticipationByEditionPanel } from './DashboardPanels';
import { intlLocale } from './i18n/i18nProvider';
import { MyGroups } from './resources/groups/MyGroups';

/** One count from the API (a single row is fetched, only totalCount matters). */
const Count = ({ label, filter }: { label: string; filter: Record<string, unknown> }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { total, isPending } = useGetList('collectivities', {
    filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <Card variant="outlined" sx={{ minWidth: 220, flex: 1 }}>
      {/* opens the list with the same filter */}
      <CardActionArea component={LinkBase} to={`/collectivities?filter=${encodeURIComponent(JSON.stringify(filter))}`}>
        <CardContent>
          <Typography color="text.secondary" variant="body2">
            {translate(label)}
          </Typography>
          <Typography variant="h4" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {isPending || total === undefined ? '…' : new Intl.NumberFormat(intlLocale(locale)).format(total)}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/**
 * The home page: "Mes groupes" for a group president; for the staff, the network's figures: members,
 * this year's dues, the next edition's registrations, participation by edition, members by région.
 */
export const Dashboard = () => {
  const { permissions, isPending } = usePermissions();
  if (isPending) return <Loading />;
  return permissions === 'GROUP_PRESIDENT' ? <MyGroups /> : <StaffDashboard />;
};

const StaffDashboard = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('territoria.title')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('territoria.dashboard.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate('territoria.dashboard.intro')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            <Count label="territoria.dashboard.members" filter={{ membershipStatus: ['MEMBER'] }} />
            <Count label="territoria.dashboard.prospects" filter={{ membershipStatus: ['PROSPECT'] }} />
            <Count label="territoria.dashboard.total" filter={{}} />
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            <DuesPanel />
            <NextEditionPanel />
          </Box>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            <ParticipationByEditionPanel />
            <MembersByRegionPanel />
          </Box>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button variant="contained" component={LinkBase} to="/collectivities">
              {translate('territoria.dashboard.open_list')}
            </Button>
            <Button variant="outlined" component={LinkBase} to="/contacts">
              {translate('territoria.dashboard.open_contacts')}
            </Button>
            <Button variant="outlined" component={LinkBase} to="/countryGroups">
              {translate('territoria.dashboard.open_groups')}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};

export default Dashboard;
