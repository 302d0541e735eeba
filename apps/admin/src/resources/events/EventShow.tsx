import FileUploadIcon from '@mui/icons-material/FileUpload';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import PeopleIcon from '@mui/icons-material/People';
import {
  Button,
  DateField,
  EditButton,
  Labeled,
  LinkBase,
  ListButton,
  Show,
  TabbedShowLayout,
  TopToolbar,
  UrlField,
  useLocaleState,
  useRecordContext,
} from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { AwardsPanel } from './AwardsPanel';
import { DatesField, EditionField, type EventRecord } from './fields';
import { BadgesButton } from '../documents/BadgesButton';
import { EventTitle } from './EventTitle';
import { SessionsPanel } from './SessionsPanel';
import { StatisticsPanel } from './StatisticsPanel';
import { FieldGrid, LabeledText } from '../shared/FieldLayout';

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

const Informations = () => {
  const [locale] = useLocaleState();
  const dateLocale = intlLocale(locale);
  return (
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
      <Labeled source="updatedAt">
        <DateField source="updatedAt" showTime locales={dateLocale} />
      </Labeled>
    </FieldGrid>
  );
};

/**
 * An edition's page (staff): what it is, its programme, the labels awarded there and its
 * figures, with the way to its participants, the check-in desk and the registrations import.
 */
export const EventShow = () => (
  <Show<EventRecord> title={<EventTitle page="show" />} actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.events.tabs.informations">
        <Informations />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.events.tabs.programme" path="programme">
        <SessionsPanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.events.tabs.labels" path="labels">
        <AwardsPanel />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.events.tabs.statistics" path="statistiques">
        <StatisticsPanel />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default EventShow;
