import { Alert, Box, Link, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { useOperation } from '../useOperation';
import { LabelAwardsTable } from './AwardsPanel';
import { EditionLink, formatDateTime, ParticipationStatusChip, type LabelAward, type ParticipationSummary } from './fields';

/**
 * Someone's participations in the Rencontres, newest edition first (the API's order): on a
 * collectivity's page the person (or the organisation alone), on a contact's page the
 * organisation represented. A group president reads them for his members (the API narrows) but
 * cannot open an edition's page: the edition is then plain text.
 */
export const ParticipationsTable = ({
  participations,
  show,
}: {
  participations: ParticipationSummary[];
  show: 'person' | 'organisation';
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: canOpenEvents } = useCanAccess({ resource: 'events', action: 'show' });
  const { canAccess: canOpenContacts } = useCanAccess({ resource: 'contacts', action: 'show' });
  return (
    <Table size="small" data-testid="participation-history">
      <TableHead>
        <TableRow>
          <TableCell>{translate('territoria.eventParticipation.edition')}</TableCell>
          <TableCell>
            {translate(`territoria.eventParticipation.${show === 'person' ? 'participant' : 'organisation'}`)}
          </TableCell>
          <TableCell>{translate('territoria.eventParticipation.role')}</TableCell>
          <TableCell>{translate('territoria.eventParticipation.status')}</TableCell>
          <TableCell>{translate('territoria.eventParticipation.checkedInAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {participations.map((participation) => (
          <TableRow key={participation.id} data-testid="participation">
            <TableCell>
              <EditionLink event={participation.event} linked={canOpenEvents === true} />
            </TableCell>
            <TableCell>
              {show === 'organisation' ? (
                (participation.organisationDisplayName ?? '—')
              ) : participation.contactId && canOpenContacts ? (
                <Link component={LinkBase} to={`/contacts/${participation.contactId}/show`} underline="hover">
                  {participation.displayName}
                </Link>
              ) : (
                participation.displayName
              )}
            </TableCell>
            <TableCell>{translate(`territoria.participationRoles.${participation.role}`, { _: participation.role })}</TableCell>
            <TableCell>
              <ParticipationStatusChip status={participation.status} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {participation.checkedInAt ? formatDateTime(participation.checkedInAt, locale) : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

type Owner = { kind: 'collectivity' | 'contact'; id: string };

const OPERATION = { collectivity: 'collectivityParticipations', contact: 'contactParticipations' } as const;

/** The participations of a collectivity or a contact, read with one query on their page. */
export const ParticipationHistory = ({ kind, id }: Owner) => {
  const translate = useTranslate();
  const { data, isPending, error } = useOperation<{ participations: ParticipationSummary[] }>(OPERATION[kind], { id });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (isPending) return <Skeleton variant="rectangular" height={40} />;
  const participations = data?.participations ?? [];
  if (participations.length === 0) {
    return <Typography color="text.secondary">{translate('territoria.eventParticipation.empty')}</Typography>;
  }
  return <ParticipationsTable participations={participations} show={kind === 'collectivity' ? 'person' : 'organisation'} />;
};

/** The labels a collectivity received (staff only: a group president reads no label award). */
export const CollectivityLabelAwards = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'labelAwards', action: 'list' });
  const { data, isPending, error } = useOperation<{ labelAwards: LabelAward[] }>(
    'collectivityLabelAwards',
    { id },
    { enabled: canAccess === true },
  );
  if (canAccess !== true) return null;
  return (
    <Box component="section" sx={{ mt: 2 }} data-testid="collectivity-label-awards">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('territoria.eventParticipation.labels')}
      </Typography>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={40} />
      ) : (data?.labelAwards ?? []).length === 0 ? (
        <Typography color="text.secondary">{translate('territoria.eventParticipation.no_labels')}</Typography>
      ) : (
        <LabelAwardsTable awards={data!.labelAwards} showEdition />
      )}
    </Box>
  );
};
