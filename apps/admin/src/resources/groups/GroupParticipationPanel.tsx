import { Alert, Link, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMemo } from 'react';
import { LinkBase, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Participation } from '../participations/fields';
import type { Group } from './fields';

interface EditionSummary {
  eventId: string;
  title: string;
  year: number;
  members: number;
  participants: number;
  attended: number;
}

/** Per edition, newest first: how many member collectivities took part, with how many people. */
export function summariseByEdition(participations: readonly Participation[]): EditionSummary[] {
  const byEdition = new Map<string, EditionSummary & { memberIds: Set<string> }>();
  for (const participation of participations) {
    if (participation.status === 'CANCELLED' || !participation.event) continue;
    let summary = byEdition.get(participation.eventId);
    if (!summary) {
      summary = {
        eventId: participation.eventId,
        title: participation.event.title,
        year: participation.event.year,
        members: 0,
        participants: 0,
        attended: 0,
        memberIds: new Set(),
      };
      byEdition.set(participation.eventId, summary);
    }
    if (participation.collectivityId) summary.memberIds.add(participation.collectivityId);
    summary.participants += 1;
    if (participation.status === 'ATTENDED') summary.attended += 1;
  }
  return [...byEdition.values()]
    .map(({ memberIds, ...summary }) => ({ ...summary, members: memberIds.size }))
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title));
}

/**
 * The group's members at the Rencontres (for its staff and its president): per edition, the
 * member collectivities represented and their people, each row opening the list of them.
 */
export const GroupParticipationPanel = () => {
  const group = useRecordContext<Group>();
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Participation>(
    'participations',
    { filter: { groupId: group?.id }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'registeredAt', order: 'DESC' } },
    { enabled: Boolean(group?.id) },
  );
  const editions = useMemo(() => summariseByEdition(data ?? []), [data]);
  if (!group) return null;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  if (isPending) return <Skeleton variant="rectangular" height={120} />;
  if (editions.length === 0)
    return <Typography color="text.secondary">{translate('territoria.groups.participation.empty')}</Typography>;
  return (
    <Table size="small" data-testid="group-participation">
      <TableHead>
        <TableRow>
          <TableCell>{translate('territoria.eventParticipation.edition')}</TableCell>
          <TableCell align="right">{translate('territoria.groups.participation.members')}</TableCell>
          <TableCell align="right">{translate('territoria.groups.participation.participants')}</TableCell>
          <TableCell align="right">{translate('territoria.groups.participation.attended')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {editions.map((edition) => (
          <TableRow key={edition.eventId} data-testid="group-participation-edition">
            <TableCell>
              <Link
                component={LinkBase}
                to={`/participations?filter=${encodeURIComponent(JSON.stringify({ eventId: edition.eventId, groupId: group.id }))}`}
                underline="hover"
              >
                {edition.year} — {edition.title}
              </Link>
            </TableCell>
            <TableCell align="right">{edition.members}</TableCell>
            <TableCell align="right">{edition.participants}</TableCell>
            <TableCell align="right">{edition.attended}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
