import type * as Api from '@territoria/client';
import AddIcon from '@mui/icons-material/Add';
import { CooperationKind } from '@territoria/domain';
import { Box, Chip, Typography } from '@mui/material';
import { createContext, useContext } from 'react';
import {
  DataTable,
  DateInput,
  LinkBase,
  Pagination,
  ReferenceManyField,
  SelectInput,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ConsentField, FullNameField, type Contact } from '../contacts/fields';
import { CooperationsTable } from '../cooperations/CooperationsTable';
import type { Cooperation } from '../cooperations/types';
import { CollectivityLabelAwards, ParticipationHistory } from '../events/ParticipationHistory';
import { groupPath, type GroupRef } from '../groups/paths';
import { CreateRecordButton } from '../shared/CreateRecordButton';
import { CollectivityInput } from '../shared/pickers';
import { Section } from '../shared/Section';
import { enumChoices, isRequired } from '../shared/validators';
import type { Collectivity } from './fields';
import type { SomeFields } from '../../providers/records';

export const COOPERATION_KIND_CHOICES = enumChoices(CooperationKind, 'territoria.cooperationKinds');

/** What the collectivity page shows besides its own fields: its groups, contacts and cooperations. */
export type CollectivityRelationsRecord = Collectivity &
  SomeFields<Api.Collectivity, 'contactCount'> & {
    groups?: GroupRef[];
    cooperations?: Cooperation[];
  };

const Groups = () => {
  const record = useRecordContext<CollectivityRelationsRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.groups || record.groups.length === 0) {
    return <Typography color="text.secondary">{translate('resources.collectivities.relations.noGroups')}</Typography>;
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      {record.groups.map((group) => (
        <Chip
          key={group.id}
          clickable
          component={LinkBase}
          to={groupPath(group)}
          label={`${group.name} · ${translate(`territoria.groupKinds.${group.kind}`, { _: group.kind })}`}
        />
      ))}
    </Box>
  );
};

/** The collectivity whose contacts are listed (the rows' record is the contact). */
const HereContext = createContext<string | undefined>(undefined);

/** The titles the contact holds at this collectivity today. */
const PositionsHere = () => {
  const contact = useRecordContext<Contact>();
  const collectivity = useContext(HereContext);
  if (!contact) return null;
  const here = (contact.positions ?? []).filter((position) => position.current && position.collectivityId === collectivity);
  return <>{here.map((position) => position.title).join(', ') || '—'}</>;
};

const Contacts = () => {
  const record = useRecordContext<CollectivityRelationsRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <HereContext.Provider value={String(record.id)}>
      <ReferenceManyField<CollectivityRelationsRecord, Contact>
        reference="contacts"
        target="collectivityId"
        perPage={10}
        sort={{ field: 'name', order: 'ASC' }}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={<Typography color="text.secondary">{translate('resources.collectivities.relations.noContacts')}</Typography>}
      >
        <DataTable<Contact> rowClick="show" bulkActionButtons={false} data-testid="collectivity-contacts">
          <DataTable.Col source="name" label="resources.contacts.fields.fullName" field={FullNameField} disableSort />
          <DataTable.Col source="positions" label="resources.contacts.fields.currentPositions" disableSort>
            <PositionsHere />
          </DataTable.Col>
          <DataTable.Col source="email" label="resources.contacts.fields.email" disableSort />
          <DataTable.Col source="phone" label="resources.contacts.fields.phone" disableSort />
          <DataTable.Col
            source="consentStatus"
            label="resources.contacts.fields.consentStatus"
            field={ConsentField}
            disableSort
          />
        </DataTable>
      </ReferenceManyField>
    </HereContext.Provider>
  );
};

interface NewCooperation {
  foreignCollectivityId: string;
  kind: string;
  since?: string | null;
  themes?: string;
  notes?: string;
}

/** "Ajouter une coopération": with a foreign local government, searched on the server among those only. */
export const AddCooperationButton = () => {
  const record = useRecordContext<CollectivityRelationsRecord>();
  if (!record) return null;
  return (
    <CreateRecordButton<NewCooperation>
      resource="cooperations"
      parent={{ frenchCollectivityId: record.id }}
      wording="resources.cooperations"
      icon={<AddIcon />}
      titleOptions={{ name: record.name }}
      defaultValues={{ kind: CooperationKind.DECENTRALISED_COOPERATION }}
    >
      <CollectivityInput
        source="foreignCollectivityId"
        label="resources.cooperations.fields.foreignCollectivityId"
        helperText="resources.cooperations.helpers.foreignCollectivityId"
        filter={{ kind: ['FOREIGN_LOCAL_GOVERNMENT'] }}
        validate={isRequired}
      />
      <SelectInput
        source="kind"
        label="resources.cooperations.fields.kind"
        choices={COOPERATION_KIND_CHOICES}
        validate={isRequired}
        fullWidth
      />
      <DateInput source="since" label="resources.cooperations.fields.since" />
      <TextInput
        source="themes"
        label="resources.cooperations.fields.themes"
        helperText="resources.cooperations.helpers.themes"
        fullWidth
      />
      <TextInput source="notes" label="resources.cooperations.fields.notes" multiline minRows={2} fullWidth />
    </CreateRecordButton>
  );
};

const Cooperations = ({ canEdit }: { canEdit: boolean }) => {
  const record = useRecordContext<CollectivityRelationsRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.kind === 'FOREIGN_LOCAL_GOVERNMENT') {
    return <Typography color="text.secondary">{translate('resources.collectivities.relations.foreignCooperations')}</Typography>;
  }
  return (
    <CooperationsTable
      cooperations={record.cooperations}
      showFrench={false}
      canDelete={canEdit}
      empty="resources.collectivities.relations.noCooperations"
    />
  );
};

/**
 * The collectivity's groups, the people holding a current position there (a page at a time),
 * its cooperations with foreign local governments (staff add them) and its participation in the
 * Rencontres (with the labels it received, for the staff).
 */
export const CollectivityRelations = () => {
  const record = useRecordContext<CollectivityRelationsRecord>();
  const { canAccess: canEditCooperations } = useCanAccess({ resource: 'cooperations', action: 'create' });
  if (!record) return null;
  const canAddCooperation = canEditCooperations === true && record.kind !== 'FOREIGN_LOCAL_GOVERNMENT';
  return (
    <>
      <Section card title="resources.collectivities.sections.groups" testId="collectivity-groups">
        <Groups />
      </Section>
      <Section card title="resources.collectivities.sections.contacts" testId="collectivity-contacts-section">
        <Contacts />
      </Section>
      <Section
        card
        title="resources.collectivities.sections.cooperations"
        testId="collectivity-cooperations"
        action={canAddCooperation ? <AddCooperationButton /> : undefined}
      >
        <Cooperations canEdit={canEditCooperations === true} />
      </Section>
      <Section card title="territoria.eventParticipation.title" testId="collectivity-events">
        <ParticipationHistory kind="collectivity" />
        <CollectivityLabelAwards />
      </Section>
    </>
  );
};

export default CollectivityRelations;
