import FileUploadIcon from '@mui/icons-material/FileUpload';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import PeopleIcon from '@mui/icons-material/People';
import { Button, EditButton, Labeled, LinkBase, ListButton, Show, TopToolbar, UrlField, useRecordContext } from 'react-admin';
import { AwardsPanel } from './AwardsPanel';
import { DatesField, EditionField, type EventRecord } from './fields';
import { BadgesButton } from '../documents/BadgesButton';
import { EventTitle } from './EventTitle';
import { SessionsPanel } from './SessionsPanel';
import { StatisticsPanel } from './StatisticsPanel';
import { FieldGrid, LabeledDateTime, LabeledText } from '../shared/FieldLayout';
import { RecordTabs } from '../shared/RecordTabs';

/** Where the participations pages of an edition live (built beside this page). */
export const eventLinks = (id: string) => ({
  participants: `/participations?filter=${encodeURIComponent(JSON.stringify({ eventId: id }))}`,
  checkIn: `/events/${id}/check-in`,
  import: `/events/${id}/import`,
});

const ShowActions = () => {
  const record = useRecordContext<EventRecord>();
  const links = record ? eventLinks(String(record.id)) : undefined;
  return (
    <TopToolbar>
      <ListButton />
      {links && (
        <>
          <Button component={LinkBase} to={links.participants} label="resources.events.actions.participants">
            <PeopleIcon />
          </Button>
          <Button component={LinkBase} to={links.checkIn} label="resources.events.actions.check_in">
            <HowToRegIcon />
          </Button>
          <Button component={LinkBase} to={links.import} label="resources.events.actions.import">
            <FileUploadIcon />
          </Button>
        </>
      )}
      <BadgesButton />
      <EditButton />
    </TopToolbar>
  );
};

const Informations = () => (
  <FieldGrid readOnly>
    <LabeledText source="series.name" label="resources.events.fields.seriesId" />
    <Labeled source="editionNumber">
      <EditionField />
    </Labeled>
    <LabeledText source="year" />
    <LabeledText source="title" wide />
    <Labeled source="startsOn" label="resources.events.fields.dates">
      <DatesField />
    </Labeled>
    <LabeledText source="venue" />
    <LabeledText source="city" />
    <LabeledText source="theme" multiline wide />
    <Labeled source="website">
      <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
    </Labeled>
    <LabeledText source="hashtag" />
    <LabeledDateTime source="updatedAt" />
  </FieldGrid>
);

/**
 * An edition's page (staff): what it is, its programme, the labels awarded there and its
 * figures, with the way to its participants, the check-in desk and the registrations import.
 */
export const EventShow = () => (
  <Show<EventRecord> title={<EventTitle page="show" />} actions={<ShowActions />}>
    <RecordTabs
      tabs={[
        { label: 'resources.events.tabs.informations', content: <Informations /> },
        { label: 'resources.events.tabs.programme', path: 'programme', content: <SessionsPanel /> },
        { label: 'resources.events.tabs.labels', path: 'labels', content: <AwardsPanel /> },
        { label: 'resources.events.tabs.statistics', path: 'statistiques', content: <StatisticsPanel /> },
      ]}
    />
  </Show>
);

export default EventShow;
