import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  Link as MuiLink,
  List,
  ListItem,
  Skeleton,
  Typography,
} from '@mui/material';
import { LinkBase, RecordContextProvider, Title, useGetList, useGetManyReference, useTranslate } from 'react-admin';
import { CountriesField, PresidentsField, type Group } from './fields';
import type { GroupMember } from './MembersPanel';
import { groupPath } from './paths';

const SHOWN_MEMBERS = 10;

/** The first members of a group, by name, each opening its page. */
const MemberPreview = ({ group }: { group: Group }) => {
  const translate = useTranslate();
  const { data, total, isPending } = useGetManyReference<GroupMember>('groupMembers', {
    target: 'groupId',
    id: group.id,
    pagination: { page: 1, perPage: SHOWN_MEMBERS },
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
  if (isPending) return <Skeleton variant="rectangular" height={40} />;
  if (!data || data.length === 0) {
    return <Typography color="text.secondary">{translate('territoria.groups.members.empty')}</Typography>;
  }
  const more = (total ?? data.length) - data.length;
  return (
    <List dense disablePadding data-testid="my-group-members">
      {data.map((member) => (
        <ListItem key={member.id} disableGutters data-testid="my-group-member">
          <MuiLink component={LinkBase} to={`/collectivities/${member.collectivityId}/show`}>
            {member.collectivity.name}
          </MuiLink>
        </ListItem>
      ))}
      {more > 0 && (
        <ListItem disableGutters>
          <Typography variant="body2" color="text.secondary">
            {translate('territoria.groups.mine.more', { smart_count: more })}
          </Typography>
        </ListItem>
      )}
    </List>
  );
};

const GroupCard = ({ group }: { group: Group }) => {
  const translate = useTranslate();
  return (
    <RecordContextProvider value={group}>
      <Card
        variant="outlined"
        component="section"
        data-testid="my-group"
        aria-label={group.name}
        sx={{ display: 'flex', flexDirection: 'column' }}
      >
        <CardContent sx={{ flex: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="h6" component="h2">
              <MuiLink component={LinkBase} to={groupPath(group)} underline="hover" color="inherit">
                {group.name}
              </MuiLink>
            </Typography>
            <Chip size="small" variant="outlined" label={translate(`territoria.groupKinds.${group.kind}`, { _: group.kind })} />
          </Box>
          {group.kind === 'COUNTRY' ? (
            <Box sx={{ mb: 1 }}>
              <CountriesField />
            </Box>
          ) : (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {group.theme}
            </Typography>
          )}
          <Box sx={{ mb: 1 }}>
            <PresidentsField />
          </Box>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {translate('territoria.groups.members.count', { smart_count: group.memberCount })}
          </Typography>
          <MemberPreview group={group} />
        </CardContent>
        <CardActions>
          <Button component={LinkBase} to={groupPath(group)}>
            {translate('territoria.groups.mine.open')}
          </Button>
        </CardActions>
      </Card>
    </RecordContextProvider>
  );
};

/**
 * "Mes groupes": a group president's home page. The API answers `groups` with the groups they
 * preside today, and narrows everything else (collectivities, contacts) to those groups' members.
 */
export const MyGroups = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Group>('groups', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('territoria.groups.mine.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('territoria.groups.mine.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('territoria.groups.mine.intro')}
      </Typography>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={160} />
      ) : !data || data.length === 0 ? (
        <Alert severity="info">{translate('territoria.groups.mine.empty')}</Alert>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', xl: 'repeat(3, minmax(0, 1fr))' },
            gap: 2,
          }}
        >
          {data.map((group) => (
            <GroupCard key={group.id} group={group} />
          ))}
        </Box>
      )}
    </Box>
  );
};

export default MyGroups;
