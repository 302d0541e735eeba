import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  DateField,
  EditButton,
  Labeled,
  ListButton,
  NumberField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { CooperationsTable } from '../cooperations/CooperationsTable';
import { CountriesField, PresidentsField, type Group } from './fields';
import { GroupTitle } from './GroupTitle';
import { GroupParticipationPanel } from './GroupParticipationPanel';
import { MembersPanel } from './MembersPanel';
import { OfficersPanel } from './OfficersPanel';
import { resourceKind } from './paths';
import { FieldGrid, LabeledText } from '../shared/FieldLayout';

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
  </TopToolbar>
);

const About = () => {
  const record = useRecordContext<Group>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const dateLocale = intlLocale(locale);
  return (
    <Box sx={{ width: '100%' }}>
      <FieldGrid readOnly sx={{ mb: 2 }}>
        <LabeledText source="name" />
        {record.kind === 'COUNTRY' ? (
          <Labeled source="countries">
            <CountriesField />
          </Labeled>
        ) : (
          <LabeledText source="theme" />
        )}
        <Labeled source="memberCount">
          <NumberField source="memberCount" />
        </Labeled>
        <Labeled source="presidents">
          <PresidentsField />
        </Labeled>
        <Labeled source="allowsCoPresidency">
          <BooleanField source="allowsCoPresidency" />
        </Labeled>
        <Labeled source="updatedAt">
          <DateField source="updatedAt" showTime locales={dateLocale} />
        </Labeled>
        <LabeledText source="description" multiline wide />
      </FieldGrid>
      <RecordHistory entityType="Group" />
    </Box>
  );
};

const Cooperations = () => {
  const record = useRecordContext<Group>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('territoria.groups.cooperations.intro')}
      </Typography>
      <CooperationsTable cooperations={record.cooperations} empty="territoria.groups.cooperations.empty" />
    </Box>
  );
};

/**
 * A group's page, in tabs: its members (paginated, with their contact count; staff add and
 * remove), its office (current and former officers; staff appoint and end terms), the
 * cooperations of its members with its countries (country groups), its members at the
 * Rencontres, and what it is.
 */
export const GroupShow = () => {
  const resource = useResourceContext();
  const kind = resourceKind(resource);
  return (
    <Show<Group> title={<GroupTitle page="show" />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="territoria.groups.tabs.members">
          <MembersPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="territoria.groups.tabs.officers" path="bureau">
          <OfficersPanel />
        </TabbedShowLayout.Tab>
        {kind === 'COUNTRY' && (
          <TabbedShowLayout.Tab label="territoria.groups.tabs.cooperations" path="cooperations">
            <Cooperations />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="territoria.groups.tabs.participation" path="rencontres">
          <GroupParticipationPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="territoria.groups.tabs.about" path="presentation">
          <About />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};

export default GroupShow;
