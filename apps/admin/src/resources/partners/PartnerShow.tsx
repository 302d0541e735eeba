import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import AddIcon from '@mui/icons-material/Add';
import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import { Button, DataTable, Labeled, LinkBase, Show, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { ListEditActions } from '../shared/ShowActions';
import { formatCents } from '../../util/money';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { CountryField } from '../collectivities/fields';
import { Amount, PartnershipKindChip, type Partnership } from '../partnerships/fields';
import { LabeledText } from '../shared/FieldLayout';
import { NestedList } from '../shared/NestedList';
import { Section } from '../shared/Section';
import { PartnerKindField, type Partner } from './fields';
import { PartnerTitle } from './PartnerTitle';

/** Groups partnerships by year, newest first (the API's order), with each year's total. */
export function partnershipsByYear(partnerships: readonly Partnership[]) {
  const years = new Map<number, Partnership[]>();
  for (const partnership of partnerships) years.set(partnership.year, [...(years.get(partnership.year) ?? []), partnership]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, rows]) => ({ year, rows, totalCents: rows.reduce((sum, row) => sum + (row.amountCents ?? 0), 0) }));
}

/** A column of a year's partnerships. */
const Column = DataTable.Col<Partnership>;

const PartnershipsOfYear = ({ year, rows, totalCents }: ReturnType<typeof partnershipsByYear>[number]) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }} data-testid={`partner-partnerships-${year}`}>
      <Typography variant="subtitle2" component="h3">
        {translate('resources.partners.year_total', { year, total: formatCents(totalCents) })}
      </Typography>
      <DataTable<Partnership> data={rows} bulkActionButtons={false} rowClick={false}>
        <Column
          label="resources.partnerships.fields.kind"
          render={(partnership) => (
            <Link component={LinkBase} to={`/partnerships/${partnership.id}`} underline="none">
              <PartnershipKindChip kind={partnership.kind} />
            </Link>
          )}
        />
        <Column
          label="resources.partnerships.fields.amountCents"
          align="right"
          render={(partnership) => <Amount cents={partnership.amountCents} />}
        />
        <Column
          label="resources.partnerships.fields.agreementReference"
          render={(partnership) => partnership.agreementReference ?? '—'}
        />
        <Column
          label="resources.partnerships.fields.notes"
          render={(partnership) => partnership.notes ?? ''}
          sx={{ whiteSpace: 'pre-line' }}
        />
      </DataTable>
    </Box>
  );
};

const PartnerPartnerships = () => {
  const record = useRecordContext<Partner>();
  if (!record) return null;
  const add = (
    <Button
      component={LinkBase}
      to="/partnerships/create"
      state={{ record: { partnerId: record.id } }}
      label="resources.partners.add_partnership"
    >
      <AddIcon />
    </Button>
  );
  return (
    <Section title="resources.partners.sections.partnerships" action={add}>
      <NestedList<Partnership>
        reference="partnerships"
        target="partnerId"
        sort={{ field: 'year', order: 'DESC' }}
        empty="resources.partners.no_partnerships"
      >
        {({ data }) => partnershipsByYear(data ?? []).map((group) => <PartnershipsOfYear key={group.year} {...group} />)}
      </NestedList>
    </Section>
  );
};

type PartnerContact = Fields<Api.Contact, 'id' | 'firstName' | 'lastName'> &
  SomeFields<Api.Contact, 'email' | 'phone'> & {
    positions: (Fields<Api.Position, 'id' | 'title' | 'kind' | 'startedOn'> & SomeFields<Api.Position, 'partnerId'>)[];
  };

const PartnerContacts = () => {
  const record = useRecordContext<Partner>();
  if (!record) return null;
  return (
    <Section title="resources.partners.sections.contacts">
      <NestedList<PartnerContact>
        reference="partnerContacts"
        target="partnerId"
        empty="resources.partners.no_contacts"
        skeletonHeight={40}
      >
        {({ data }) => (
          <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="partner-contacts">
            {(data ?? []).map((contact) => {
              const titles = contact.positions
                .filter((position) => position.partnerId === record.id)
                .map((position) => position.title);
              return (
                <Box component="li" key={contact.id} sx={{ mb: 0.5 }}>
                  <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                    {`${contact.firstName} ${contact.lastName}`}
                  </Typography>
                  {titles.length > 0 && (
                    <Typography variant="body2" component="span" color="text.secondary">
                      {` — ${titles.join(', ')}`}
                    </Typography>
                  )}
                  {(contact.email || contact.phone) && (
                    <Typography variant="body2" component="span" color="text.secondary">
                      {` · ${[contact.email, contact.phone].filter(Boolean).join(' · ')}`}
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Box>
        )}
      </NestedList>
    </Section>
  );
};

const PartnerDetails = () => {
  const record = useRecordContext<Partner>();
  if (!record) return null;
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" component="p" sx={{ mb: 2 }} data-testid="partner-name">
          {record.name}
          {record.acronym && record.acronym !== record.name ? ` (${record.acronym})` : ''}
        </Typography>
        <Section title="resources.partners.sections.identity">
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
              gap: 2,
            }}
          >
            <Labeled source="kind">
              <PartnerKindField />
            </Labeled>
            <Labeled source="countryCode">
              {record.countryCode ? <CountryField /> : <Typography variant="body2">—</Typography>}
            </Labeled>
            <Labeled source="website">
              <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
            </Labeled>
            <LabeledText source="acronym" />
            <LabeledText source="notes" multiline wide />
          </Box>
        </Section>
        <PartnerPartnerships />
        <PartnerContacts />
      </CardContent>
    </Card>
  );
};

export const PartnerShow = () => (
  <Show<Partner> title={<PartnerTitle page="show" />} actions={<ListEditActions />} component="div">
    <PartnerDetails />
    <RecordHistory entityType="Partner" />
  </Show>
);

export default PartnerShow;
