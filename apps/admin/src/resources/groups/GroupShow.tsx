import { Box, Typography } from '@mui/material';
import { BooleanField, Labeled, NumberField, Show, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { ListEditActions } from '../shared/ShowActions';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { CooperationsTable } from '../cooperations/CooperationsTable';
import { FieldGrid, LabeledDateTime, LabeledText } from '../shared/FieldLayout';
import { RecordTabs } from '../shared/RecordTabs';
import { CountriesField, PresidentsField, type Group } from './fields';
import { GroupTitle } from './GroupTitle';
import { GroupParticipationPanel } from './GroupParticipationPanel';
import { MembersPanel } from './MembersPanel';
import { OfficersPanel } from './OfficersPanel';
import { resourceKind } from './paths';

const About = () => {
  const record = useRecordContext<Group>();
  if (!record) return null;
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
        <LabeledDateTime source="updatedAt" />
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
    <Show<Group> title={<GroupTitle page="show" />} actions={<ListEditActions />}>
      <RecordTabs
        tabs={[
          { label: 'territoria.groups.tabs.members', content: <MembersPanel /> },
          { label: 'territoria.groups.tabs.officers', path: 'bureau', content: <OfficersPanel /> },
          {
            label: 'territoria.groups.tabs.cooperations',
            path: 'cooperations',
            content: <Cooperations />,
            hidden: kind !== 'COUNTRY',
          },
          { label: 'territoria.groups.tabs.participation', path: 'rencontres', content: <GroupParticipationPanel /> },
          { label: 'territoria.groups.tabs.about', path: 'presentation', content: <About /> },
        ]}
      />
    </Show>
  );
};

export default GroupShow;
