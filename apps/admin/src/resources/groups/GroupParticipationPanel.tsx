import { Link, Typography } from '@mui/material';
import { DataTable, LinkBase, useRecordContext, useTranslate } from 'react-admin';
import type { Participation } from '../participations/fields';
import { NestedList } from '../shared/NestedList';
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

/** A column of the editions' table. */
const Column = DataTable.Col<EditionSummary & { id: string }>;

/**
 * The group's members at the Rencontres (for its staff and its president): per edition, the
 * member collectivities represented and their people, each row opening the list of them.
 */
export const GroupParticipationPanel = () => {
  const group = useRecordContext<Group>();
  const translate = useTranslate();
  if (!group) return null;
  const empty = 'territoria.groups.participation.empty';
  const participantsAt = (eventId: string) =>
    `/participations?filter=${encodeURIComponent(JSON.stringify({ eventId, groupId: group.id }))}`;
  return (
    <NestedList<Participation>
      reference="participations"
      target="groupId"
      sort={{ field: 'registeredAt', order: 'DESC' }}
      empty={empty}
      skeletonHeight={120}
    >
      {({ data }) => (
        <DataTable
          data={summariseByEdition(data ?? []).map((edition) => ({ ...edition, id: edition.eventId }))}
          bulkActionButtons={false}
          rowClick={false}
          data-testid="group-participation"
          // every registration cancelled: no edition to show
          empty={<Typography color="text.secondary">{translate(empty)}</Typography>}
        >
          <Column
            label="territoria.eventParticipation.edition"
            render={(edition) => (
              <Link component={LinkBase} to={participantsAt(edition.eventId)} underline="hover">
                {edition.year} — {edition.title}
              </Link>
            )}
          />
          <Column label="territoria.groups.participation.members" align="right" render={(edition) => edition.members} />
          <Column label="territoria.groups.participation.participants" align="right" render={(edition) => edition.participants} />
          <Column label="territoria.groups.participation.attended" align="right" render={(edition) => edition.attended} />
        </DataTable>
      )}
    </NestedList>
  );
};
