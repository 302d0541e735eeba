import { Box, Link } from '@mui/material';
import { DataTable, LinkBase, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { NestedList } from '../shared/NestedList';
import { SectionHeading } from '../shared/Section';
import { LabelAwardsTable } from './AwardsPanel';
import { EditionLink, formatDateTime, ParticipationStatusChip, type LabelAward, type ParticipationSummary } from './fields';

/** A column of the participations' table. */
const Column = DataTable.Col<ParticipationSummary>;

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
    <DataTable<ParticipationSummary>
      data={participations}
      bulkActionButtons={false}
      rowClick={false}
      data-testid="participation-history"
    >
      <Column
        label="territoria.eventParticipation.edition"
        render={(participation) => <EditionLink event={participation.event} linked={canOpenEvents === true} />}
      />
      <Column
        label={`territoria.eventParticipation.${show === 'person' ? 'participant' : 'organisation'}`}
        render={(participation) =>
          show === 'organisation' ? (
            (participation.organisationDisplayName ?? '—')
          ) : participation.contactId && canOpenContacts ? (
            <Link component={LinkBase} to={`/contacts/${participation.contactId}/show`} underline="hover">
              {participation.displayName}
            </Link>
          ) : (
            participation.displayName
          )
        }
      />
      <Column
        label="territoria.eventParticipation.role"
        render={(participation) => translate(`territoria.participationRoles.${participation.role}`, { _: participation.role })}
      />
      <Column
        label="territoria.eventParticipation.status"
        render={(participation) => <ParticipationStatusChip status={participation.status} />}
      />
      <Column
        label="territoria.eventParticipation.checkedInAt"
        render={(participation) => (participation.checkedInAt ? formatDateTime(participation.checkedInAt, locale) : '—')}
        sx={{ whiteSpace: 'nowrap' }}
      />
    </DataTable>
  );
};

/** The participations of the page's collectivity or contact, read with one query. */
export const ParticipationHistory = ({ kind }: { kind: 'collectivity' | 'contact' }) => (
  <NestedList<ParticipationSummary>
    reference="participationHistory"
    target={kind === 'collectivity' ? 'collectivityId' : 'contactId'}
    empty="territoria.eventParticipation.empty"
    skeletonHeight={40}
  >
    {({ data }) => <ParticipationsTable participations={data ?? []} show={kind === 'collectivity' ? 'person' : 'organisation'} />}
  </NestedList>
);

/** The labels the page's collectivity received (staff only: a group president reads no label award). */
export const CollectivityLabelAwards = () => {
  const { canAccess } = useCanAccess({ resource: 'labelAwards', action: 'list' });
  if (canAccess !== true) return null;
  return (
    <Box component="section" sx={{ mt: 2 }} data-testid="collectivity-label-awards">
      <SectionHeading title="territoria.eventParticipation.labels" component="h3" />
      <NestedList<LabelAward>
        reference="labelAwards"
        target="collectivityId"
        empty="territoria.eventParticipation.no_labels"
        skeletonHeight={40}
      >
        {({ data }) => <LabelAwardsTable awards={data ?? []} showEdition />}
      </NestedList>
    </Box>
  );
};
