import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { Box, Link } from '@mui/material';
import { DataTable, LinkBase, NumberInput, TextInput, maxValue, minValue, useRecordContext } from 'react-admin';
import { CreateRecordButton } from '../shared/CreateRecordButton';
import { DeleteColumn } from '../shared/DeleteRowButton';
import { NestedList } from '../shared/NestedList';
import { CollectivityInput } from '../shared/pickers';
import { isRequired } from '../shared/validators';
import type { EventRecord, LabelAward } from './fields';
import { OperationChoiceInput } from './OperationChoiceInput';

const yearRules = [isRequired, minValue(1975, 'territoria.errors.fields.min'), maxValue(2100, 'territoria.errors.fields.max')];

interface AwardValues {
  labelId: string;
  collectivityId: string;
  year: number;
  citation?: string | null;
}

/** "Décerner un label": a label (or a new one, by its name) to a collectivity, at this edition. */
const AwardLabelButton = ({ event }: { event: EventRecord }) => (
  <CreateRecordButton<AwardValues>
    resource="labelAwards"
    parent={{ eventId: event.id }}
    wording="resources.labelAwards"
    icon={<MilitaryTechIcon />}
    titleOptions={{ title: event.title, year: event.year }}
    defaultValues={{ year: event.year }}
  >
    <OperationChoiceInput
      source="labelId"
      label="resources.labelAwards.fields.labelId"
      list="labels"
      create="createLabel"
      createItemLabel="resources.labelAwards.create_label"
      validate={isRequired}
    />
    <CollectivityInput source="collectivityId" label="resources.labelAwards.fields.collectivityId" validate={isRequired} />
    <NumberInput source="year" label="resources.labelAwards.fields.year" step={1} validate={yearRules} />
    <TextInput source="citation" label="resources.labelAwards.fields.citation" multiline minRows={2} fullWidth />
  </CreateRecordButton>
);

/** A column of the awards' table. */
const Column = DataTable.Col<LabelAward>;

/** A table of label awards: the collectivity, the label, the year and the citation (the edition when asked). */
export const LabelAwardsTable = ({
  awards,
  showEdition = false,
  canDelete = false,
}: {
  awards: LabelAward[];
  showEdition?: boolean;
  canDelete?: boolean;
}) => (
  <DataTable<LabelAward> data={awards} bulkActionButtons={false} rowClick={false} data-testid="label-awards">
    <Column label="resources.labelAwards.fields.labelId" render={(award) => award.label.name} sx={{ fontWeight: 500 }} />
    {showEdition ? (
      <Column
        label="resources.labelAwards.fields.eventId"
        render={(award) =>
          award.event ? (
            <Link component={LinkBase} to={`/events/${award.event.id}/show`} underline="hover">
              {`${award.event.year} — ${award.event.title}`}
            </Link>
          ) : (
            '—'
          )
        }
      />
    ) : (
      <Column
        label="resources.labelAwards.fields.collectivityId"
        render={(award) => (
          <Link component={LinkBase} to={`/collectivities/${award.collectivity.id}/show`} underline="hover">
            {award.collectivity.name}
          </Link>
        )}
      />
    )}
    <Column label="resources.labelAwards.fields.year" render={(award) => award.year} />
    <Column
      label="resources.labelAwards.fields.citation"
      render={(award) => award.citation ?? '—'}
      sx={{ whiteSpace: 'pre-line' }}
    />
    {canDelete && (
      <DeleteColumn<LabelAward>
        resource="labelAwards"
        translateOptions={(award) => ({ label: award.label.name, name: award.collectivity.name })}
      />
    )}
  </DataTable>
);

/** "Labels": the awards of this edition; staff award one (the year defaults to the edition's). */
export const AwardsPanel = () => {
  const event = useRecordContext<EventRecord>();
  if (!event) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <AwardLabelButton event={event} />
      </Box>
      <NestedList<LabelAward> reference="labelAwards" target="eventId" empty="resources.labelAwards.empty">
        {({ data }) => <LabelAwardsTable awards={data ?? []} canDelete />}
      </NestedList>
    </Box>
  );
};

export default AwardsPanel;
