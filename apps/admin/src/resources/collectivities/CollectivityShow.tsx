import { Alert, Box, Card, CardContent, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DateField,
  EditButton,
  EmailField,
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  UrlField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';
import { RecordHistory } from '../auditEntries/RecordHistory';
import { CollectivityDuesSection } from './CollectivityDuesSection';
import { CollectivityRelations } from './CollectivityRelations';
import { CollectivityTitle } from './CollectivityTitle';
import {
  CountryField,
  DepartmentField,
  KindField,
  MembershipStatusField,
  PopulationField,
  PostalCodesField,
  RegionField,
  type Collectivity,
} from './fields';

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate(`resources.collectivities.sections.${title}`)}
      </Typography>
      <Divider sx={{ mb: 1.5 }} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
          gap: 2,
        }}
      >
        {children}
      </Box>
    </Box>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
  </TopToolbar>
);

const CollectivityDetails = () => {
  const record = useRecordContext<Collectivity>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  const dateLocale = intlLocale(locale);
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" component="p" sx={{ mb: 2 }} data-testid="collectivity-name">
          {record.name}
        </Typography>
        {record.fromReferential && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.collectivities.helpers.fromReferential')}
          </Alert>
        )}
        <Section title="identity">
          <Labeled source="kind">
            <KindField />
          </Labeled>
          <Labeled source="countryCode">
            <CountryField />
          </Labeled>
          <Labeled source="inseeCode">
            <TextField source="inseeCode" emptyText="—" />
          </Labeled>
          <Labeled source="siren">
            <TextField source="siren" emptyText="—" />
          </Labeled>
        </Section>
        <Section title="location">
          <Labeled source="region" label="resources.collectivities.fields.region">
            <RegionField />
          </Labeled>
          <Labeled source="department" label="resources.collectivities.fields.department">
            <DepartmentField />
          </Labeled>
          <Labeled source="postalCodes">
            <PostalCodesField />
          </Labeled>
          <Labeled source="population">
            <PopulationField />
          </Labeled>
        </Section>
        <Section title="contact">
          <Labeled source="address">
            <TextField source="address" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
          </Labeled>
          <Labeled source="website">
            <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
          </Labeled>
          <Labeled source="email">
            <EmailField source="email" emptyText="—" />
          </Labeled>
          <Labeled source="phone">
            <TextField source="phone" emptyText="—" />
          </Labeled>
        </Section>
        <Section title="membership">
          <Labeled source="membershipStatus">
            <MembershipStatusField />
          </Labeled>
          <Labeled source="memberSince">
            <DateField source="memberSince" locales={dateLocale} emptyText="—" />
          </Labeled>
          <Labeled source="memberUntil">
            <DateField source="memberUntil" locales={dateLocale} emptyText="—" />
          </Labeled>
          <Labeled source="notes" sx={{ gridColumn: '1 / -1' }}>
            <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
          </Labeled>
        </Section>
        <Section title="record">
          <Labeled source="updatedAt">
            <DateField source="updatedAt" showTime locales={dateLocale} />
          </Labeled>
          <Labeled source="createdAt">
            <DateField source="createdAt" showTime locales={dateLocale} />
          </Labeled>
          <Labeled source="version">
            <TextField source="version" />
          </Labeled>
        </Section>
      </CardContent>
    </Card>
  );
};

export const CollectivityShow = () => (
  <Show<Collectivity> title={<CollectivityTitle page="show" />} actions={<ShowActions />} component="div">
    <CollectivityDetails />
    <CollectivityDuesSection />
    <CollectivityRelations />
    <RecordHistory entityType="Collectivity" />
  </Show>
);

export default CollectivityShow;
