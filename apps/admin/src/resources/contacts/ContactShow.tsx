import { Alert, Box, Chip, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  DateField,
  EditButton,
  EmailField,
  Labeled,
  LinkBase,
  ListButton,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { formatDay } from '../../util/dates';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { ParticipationHistory } from '../events/ParticipationHistory';
import { groupPath } from '../groups/paths';
import { ContactTitle } from './ContactTitle';
import { EraseButton, ExportDataButton, MergeButton } from './ContactActions';
import { ConsentField, FullNameField, GroupChips, type Contact } from './fields';
import { PositionsPanel } from './PositionsPanel';
import { FieldGrid, LabeledText } from '../shared/FieldLayout';

const ShowActions = () => {
  const record = useRecordContext<Contact>();
  return (
    <TopToolbar>
      <ListButton />
      {record && !record.erasedAt && <EditButton />}
      <MergeButton />
      <ExportDataButton />
      <EraseButton />
    </TopToolbar>
  );
};

const ErasedNotice = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.erasedAt) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('resources.contacts.erased', { date: formatDay(record.erasedAt, locale) })}
    </Alert>
  );
};

const Identity = () => {
  const [locale] = useLocaleState();
  const dateLocale = intlLocale(locale);
  return (
    <Box sx={{ width: '100%' }}>
      <ErasedNotice />
      <FieldGrid readOnly>
        <Labeled source="fullName" label="resources.contacts.fields.fullName">
          <FullNameField />
        </Labeled>
        <Labeled source="email">
          <EmailField source="email" emptyText="—" />
        </Labeled>
        <LabeledText source="phone" />
        <Labeled source="consentStatus">
          <ConsentField />
        </Labeled>
        <Labeled source="consentAt">
          <DateField source="consentAt" showTime locales={dateLocale} emptyText="—" />
        </Labeled>
        <LabeledText source="consentSource" />
        <LabeledText source="notes" multiline wide />
        <Labeled source="updatedAt">
          <DateField source="updatedAt" showTime locales={dateLocale} />
        </Labeled>
        <Labeled source="createdAt">
          <DateField source="createdAt" showTime locales={dateLocale} />
        </Labeled>
      </FieldGrid>
    </Box>
  );
};

/** Offices held in groups, current first. */
const Offices = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const offices = [...(record?.offices ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.startedOn.localeCompare(a.startedOn),
  );
  if (offices.length === 0) return <Typography color="text.secondary">{translate('resources.contacts.noOffices')}</Typography>;
  return (
    <Table size="small" data-testid="contact-offices">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.groupOffices.fields.groupId')}</TableCell>
          <TableCell>{translate('resources.groupOffices.fields.role')}</TableCell>
          <TableCell>{translate('resources.groupOffices.fields.startedOn')}</TableCell>
          <TableCell>{translate('resources.groupOffices.fields.endedOn')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {offices.map((office) => (
          <TableRow key={office.id}>
            <TableCell>
              {office.group ? (
                <MuiLink component={LinkBase} to={groupPath(office.group, 'bureau')}>
                  {office.group.name}
                </MuiLink>
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell>{translate(`territoria.officerRoles.${office.role}`, { _: office.role })}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(office.startedOn, locale)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{office.endedOn ? formatDay(office.endedOn, locale) : '—'}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={office.current ? 'success' : 'default'}
                variant={office.current ? 'filled' : 'outlined'}
                label={translate(office.current ? 'resources.contacts.current' : 'resources.contacts.ended')}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Groups = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!record?.groups?.length) return <Typography color="text.secondary">{translate('resources.contacts.noGroups')}</Typography>;
  return <GroupChips groups={record.groups} />;
};

const ContactParticipations = () => {
  const record = useRecordContext<Contact>();
  if (!record) return null;
  return <ParticipationHistory kind="contact" id={String(record.id)} />;
};

/**
 * A contact's page: identity and consent, positions (current and past; staff end a mandate or
 * add one), offices in groups, the groups of their collectivities, their participation in the
 * Rencontres, and the history.
 */
export const ContactShow = () => {
  const { canAccess: canReadHistory } = useCanAccess({ resource: 'history', action: 'list' });
  return (
    <Show<Contact> title={<ContactTitle page="show" />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.contacts.tabs.identity">
          <Identity />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.contacts.tabs.positions" path="fonctions">
          <PositionsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.contacts.tabs.offices" path="bureaux">
          <Offices />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.contacts.tabs.groups" path="groupes">
          <Groups />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="territoria.eventParticipation.title" path="rencontres">
          <ContactParticipations />
        </TabbedShowLayout.Tab>
        {canReadHistory && (
          <TabbedShowLayout.Tab label="resources.contacts.tabs.history" path="historique">
            <RecordHistory entityType="Contact" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};

export default ContactShow;
