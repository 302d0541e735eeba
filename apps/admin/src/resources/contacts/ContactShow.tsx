import { Alert, Box, Chip, Link as MuiLink, Typography } from '@mui/material';
import {
  EditButton,
  EmailField,
  Labeled,
  LinkBase,
  ListButton,
  Show,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDay } from '../../util/dates';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { ParticipationHistory } from '../events/ParticipationHistory';
import { groupPath } from '../groups/paths';
import { FieldGrid, LabeledDateTime, LabeledText } from '../shared/FieldLayout';
import { RecordTabs } from '../shared/RecordTabs';
import { TermTable, type TermColumn } from '../shared/TermTable';
import { ContactTitle } from './ContactTitle';
import { EraseButton, ExportDataButton, MergeButton } from './ContactActions';
import { ConsentField, FullNameField, GroupChips, type Contact } from './fields';
import { PositionsPanel } from './PositionsPanel';

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

const Identity = () => (
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
      <LabeledDateTime source="consentAt" />
      <LabeledText source="consentSource" />
      <LabeledText source="notes" multiline wide />
      <LabeledDateTime source="updatedAt" />
      <LabeledDateTime source="createdAt" />
    </FieldGrid>
  </Box>
);

type Office = NonNullable<Contact['offices']>[number];

/** Offices held in groups, current first. */
const Offices = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  const offices = [...(record?.offices ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.startedOn.localeCompare(a.startedOn),
  );
  if (offices.length === 0) return <Typography color="text.secondary">{translate('resources.contacts.noOffices')}</Typography>;
  const columns: TermColumn<Office>[] = [
    {
      label: 'resources.groupOffices.fields.groupId',
      render: (office) =>
        office.group ? (
          <MuiLink component={LinkBase} to={groupPath(office.group, 'bureau')}>
            {office.group.name}
          </MuiLink>
        ) : (
          '—'
        ),
    },
    {
      label: 'resources.groupOffices.fields.role',
      render: (office) => translate(`territoria.officerRoles.${office.role}`, { _: office.role }),
    },
  ];
  return (
    <TermTable
      rows={offices}
      columns={columns}
      startLabel="resources.groupOffices.fields.startedOn"
      endLabel="resources.groupOffices.fields.endedOn"
      action={(office) => (
        <Chip
          size="small"
          color={office.current ? 'success' : 'default'}
          variant={office.current ? 'filled' : 'outlined'}
          label={translate(office.current ? 'resources.contacts.current' : 'resources.contacts.ended')}
        />
      )}
      testId="contact-offices"
    />
  );
};

const Groups = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!record?.groups?.length) return <Typography color="text.secondary">{translate('resources.contacts.noGroups')}</Typography>;
  return <GroupChips groups={record.groups} />;
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
      <RecordTabs
        tabs={[
          { label: 'resources.contacts.tabs.identity', content: <Identity /> },
          { label: 'resources.contacts.tabs.positions', path: 'fonctions', content: <PositionsPanel /> },
          { label: 'resources.contacts.tabs.offices', path: 'bureaux', content: <Offices /> },
          { label: 'resources.contacts.tabs.groups', path: 'groupes', content: <Groups /> },
          { label: 'territoria.eventParticipation.title', path: 'rencontres', content: <ParticipationHistory kind="contact" /> },
          {
            label: 'resources.contacts.tabs.history',
            path: 'historique',
            content: <RecordHistory entityType="Contact" />,
            hidden: !canReadHistory,
          },
        ]}
      />
    </Show>
  );
};

export default ContactShow;
