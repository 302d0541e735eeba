import { Alert, Card, CardContent, Typography } from '@mui/material';
import { EmailField, Labeled, Show, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { ListEditActions } from '../shared/ShowActions';
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
import { FieldSection, LabeledDateTime, LabeledText } from '../shared/FieldLayout';

const CollectivityDetails = () => {
  const record = useRecordContext<Collectivity>();
  const translate = useTranslate();
  if (!record) return null;
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
        <FieldSection readOnly columns={4} title="resources.collectivities.sections.identity">
          <Labeled source="kind">
            <KindField />
          </Labeled>
          <Labeled source="countryCode">
            <CountryField />
          </Labeled>
          <LabeledText source="inseeCode" />
          <LabeledText source="siren" />
        </FieldSection>
        <FieldSection readOnly columns={4} title="resources.collectivities.sections.location">
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
        </FieldSection>
        <FieldSection readOnly columns={4} title="resources.collectivities.sections.contact">
          <LabeledText source="address" multiline />
          <Labeled source="website">
            <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
          </Labeled>
          <Labeled source="email">
            <EmailField source="email" emptyText="—" />
          </Labeled>
          <LabeledText source="phone" />
        </FieldSection>
        <FieldSection readOnly columns={4} title="resources.collectivities.sections.membership">
          <Labeled source="membershipStatus">
            <MembershipStatusField />
          </Labeled>
          <LabeledDateTime source="memberSince" dayOnly />
          <LabeledDateTime source="memberUntil" dayOnly />
          <LabeledText source="notes" multiline wide />
        </FieldSection>
        <FieldSection readOnly columns={4} title="resources.collectivities.sections.record">
          <LabeledDateTime source="updatedAt" />
          <LabeledDateTime source="createdAt" />
          <LabeledText source="version" />
        </FieldSection>
      </CardContent>
    </Card>
  );
};

export const CollectivityShow = () => (
  <Show<Collectivity> title={<CollectivityTitle page="show" />} actions={<ListEditActions />} component="div">
    <CollectivityDetails />
    <CollectivityDuesSection />
    <CollectivityRelations />
    <RecordHistory entityType="Collectivity" />
  </Show>
);

export default CollectivityShow;
