import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Divider,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  EditButton,
  Labeled,
  LinkBase,
  ListButton,
  Show,
  TopToolbar,
  UrlField,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatCents } from '../../util/money';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { CountryField } from '../collectivities/fields';
import { Amount, PartnershipKindChip, type Partnership } from '../partnerships/fields';
import { useOperation } from '../useOperation';
import { PartnerKindField, type Partner } from './fields';
import { PartnerTitle } from './PartnerTitle';
import { LabeledText } from '../shared/FieldLayout';

const Section = ({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        {action}
      </Box>
      <Divider sx={{ mb: 1.5 }} />
      {children}
    </Box>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
  </TopToolbar>
);

/** Groups partnerships by year, newest first (the API's order), with each year's total. */
export function partnershipsByYear(partnerships: readonly Partnership[]) {
  const years = new Map<number, Partnership[]>();
  for (const partnership of partnerships) years.set(partnership.year, [...(years.get(partnership.year) ?? []), partnership]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, rows]) => ({ year, rows, totalCents: rows.reduce((sum, row) => sum + (row.amountCents ?? 0), 0) }));
}

const PartnerPartnerships = () => {
  const record = useRecordContext<Partner>();
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Partnership>(
    'partnerships',
    { filter: { partnerId: record?.id }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'year', order: 'DESC' } },
    { enabled: Boolean(record?.id) },
  );
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
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={60} />
      ) : !data || data.length === 0 ? (
        <Typography color="text.secondary">{translate('resources.partners.no_partnerships')}</Typography>
      ) : (
        partnershipsByYear(data).map((group) => (
          <Box key={group.year} sx={{ mb: 2 }} data-testid={`partner-partnerships-${group.year}`}>
            <Typography variant="subtitle2" component="h3">
              {translate('resources.partners.year_total', { year: group.year, total: formatCents(group.totalCents) })}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.partnerships.fields.kind')}</TableCell>
                  <TableCell align="right">{translate('resources.partnerships.fields.amountCents')}</TableCell>
                  <TableCell>{translate('resources.partnerships.fields.agreementReference')}</TableCell>
                  <TableCell>{translate('resources.partnerships.fields.notes')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {group.rows.map((partnership) => (
                  <TableRow key={partnership.id} hover>
                    <TableCell>
                      <Link component={LinkBase} to={`/partnerships/${partnership.id}`} underline="none">
                        <PartnershipKindChip kind={partnership.kind} />
                      </Link>
                    </TableCell>
                    <TableCell align="right">
                      <Amount cents={partnership.amountCents} />
                    </TableCell>
                    <TableCell>{partnership.agreementReference ?? '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line' }}>{partnership.notes ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ))
      )}
    </Section>
  );
};

type PartnerContact = Fields<Api.Contact, 'id' | 'firstName' | 'lastName'> &
  SomeFields<Api.Contact, 'email' | 'phone'> & {
    positions: (Fields<Api.Position, 'id' | 'title' | 'kind' | 'startedOn'> & SomeFields<Api.Position, 'partnerId'>)[];
  };

const PartnerContacts = () => {
  const record = useRecordContext<Partner>();
  const translate = useTranslate();
  const { data, isPending, error } = useOperation<{ contacts: PartnerContact[] }>(
    'partnerContacts',
    { id: record?.id },
    { enabled: Boolean(record?.id) },
  );
  if (!record) return null;
  const contacts = data?.contacts ?? [];
  return (
    <Section title="resources.partners.sections.contacts">
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={40} />
      ) : contacts.length === 0 ? (
        <Typography color="text.secondary">{translate('resources.partners.no_contacts')}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="partner-contacts">
          {contacts.map((contact) => {
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
  <Show<Partner> title={<PartnerTitle page="show" />} actions={<ShowActions />} component="div">
    <PartnerDetails />
    <RecordHistory entityType="Partner" />
  </Show>
);

export default PartnerShow;
