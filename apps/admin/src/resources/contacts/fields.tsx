import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';
import { Box, Chip, Link as MuiLink, Typography } from '@mui/material';
import { LinkBase, useRecordContext, useTranslate } from 'react-admin';
import { groupPath, type GroupRef } from '../groups/paths';
import { CONSENT_STATUS_COLORS } from './choices';

export type Position = Fields<
  Api.Position,
  'id' | 'title' | 'kind' | 'startedOn' | 'endedOn' | 'current' | 'version' | 'collectivityId'
> &
  SomeFields<Api.Position, 'contactId' | 'partnerId'> & {
    collectivity: Selected<Api.Position['collectivity'], 'id' | 'name'>;
  };

export type Office = Fields<Api.GroupOffice, 'id' | 'role' | 'startedOn' | 'endedOn' | 'current' | 'groupId'> & {
  group: GroupRef | null;
};

export type Contact = Fields<
  Api.Contact,
  | 'id'
  | 'civility'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'consentStatus'
  | 'consentAt'
  | 'consentSource'
  | 'erasedAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> &
  SomeFields<Api.Contact, 'notes'> & {
    positions: Position[];
    groups: GroupRef[];
    /** Read with the whole record (show page). */
    offices?: Office[];
  };

export const fullName = (contact: Pick<Contact, 'firstName' | 'lastName'> | null | undefined) =>
  contact ? `${contact.firstName ?? ''} ${contact.lastName ?? ''}`.trim() : '';

/** "Maire (Dijon)": a position and its organisation, by name. */
export const positionLabel = (position: Pick<Position, 'title' | 'collectivity'>) =>
  position.collectivity ? `${position.title} (${position.collectivity.name})` : position.title;

export const currentPositions = (contact: Pick<Contact, 'positions'> | null | undefined) =>
  (contact?.positions ?? []).filter((position) => position.current);

const EMPTY = '—';

export const FullNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
      {record.civility ? `${translate(`territoria.civilities.${record.civility}`, { _: record.civility })} ` : ''}
      {fullName(record)}
    </Typography>
  );
};

export const ConsentField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!record?.consentStatus) return null;
  return (
    <Chip
      size="small"
      data-testid="consent-status"
      color={CONSENT_STATUS_COLORS[record.consentStatus] ?? 'default'}
      variant={record.consentStatus === 'UNKNOWN' ? 'outlined' : 'filled'}
      label={translate(`territoria.consentStatuses.${record.consentStatus}`, { _: record.consentStatus })}
    />
  );
};

/** Current positions, one a line: "Maire (Dijon)", the organisation linked. */
export const CurrentPositionsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Contact>();
  if (!record) return null;
  const positions = currentPositions(record);
  if (positions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        {EMPTY}
      </Typography>
    );
  }
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column' }}>
      {positions.map((position) => (
        <Typography variant="body2" component="span" key={position.id}>
          {position.title}
          {position.collectivity && (
            <>
              {' — '}
              <MuiLink
                component={LinkBase}
                to={`/collectivities/${position.collectivity.id}/show`}
                onClick={(event: React.MouseEvent) => event.stopPropagation()}
              >
                {position.collectivity.name}
              </MuiLink>
            </>
          )}
        </Typography>
      ))}
    </Box>
  );
};

/** The groups of the person's collectivities, as chips opening each group. */
export const GroupChips = ({ groups }: { groups: GroupRef[] | undefined }) => {
  if (!groups || groups.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        {EMPTY}
      </Typography>
    );
  }
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {groups.map((group) => (
        <Chip
          key={group.id}
          size="small"
          variant="outlined"
          clickable
          component={LinkBase}
          to={groupPath(group)}
          onClick={(event: React.MouseEvent) => event.stopPropagation()}
          label={group.name}
        />
      ))}
    </Box>
  );
};

export const GroupsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Contact>();
  if (!record) return null;
  return <GroupChips groups={record.groups} />;
};
