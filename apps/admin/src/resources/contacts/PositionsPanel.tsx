import AddIcon from '@mui/icons-material/Add';
import { Box, Chip, Link as MuiLink } from '@mui/material';
import {
  DateInput,
  LinkBase,
  SelectInput,
  TextInput,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { todayIso } from '../../util/dates';
import { CreateRecordButton } from '../shared/CreateRecordButton';
import { EndTermButton } from '../shared/EndTermButton';
import { TermSections, TermTable, type TermColumn } from '../shared/TermTable';
import { CollectivityInput } from '../shared/pickers';
import { POSITION_KIND_CHOICES } from './choices';
import { useContactValidators } from './ContactInputs';
import { fullName, type Contact, type Position } from './fields';

/** "Terminer": the mandate ends on the chosen day (updatePosition with endedOn); it stays in the history. */
const EndPositionButton = ({ position }: { position: Position }) => {
  const dataProvider = useDataProvider();
  return (
    <EndTermButton
      label="resources.contacts.positions.end"
      title="resources.contacts.positions.endTitle"
      titleOptions={{ title: position.title }}
      intro="resources.contacts.positions.endContent"
      dateLabel="resources.contacts.positions.endedOn"
      done="resources.contacts.positions.ended"
      onEnd={(endedOn) => dataProvider.update('positions', { id: position.id, data: { endedOn }, previousData: position })}
    />
  );
};

interface NewPosition {
  collectivityId: string;
  title: string;
  kind: string;
  startedOn: string;
  endedOn?: string | null;
}

/** "Ajouter une fonction": a mandate or a job in a collectivity, searched on the server. */
export const AddPositionButton = () => {
  const record = useRecordContext<Contact>();
  const validate = useContactValidators();
  if (!record) return null;
  return (
    <CreateRecordButton<NewPosition>
      resource="positions"
      parent={{ contactId: record.id }}
      wording="resources.contacts.positions"
      icon={<AddIcon />}
      titleOptions={{ name: fullName(record) }}
      defaultValues={{ kind: 'ELECTED', startedOn: todayIso() }}
    >
      <CollectivityInput source="collectivityId" label="resources.positions.fields.collectivityId" validate={validate.required} />
      <TextInput source="title" label="resources.positions.fields.title" validate={validate.title} fullWidth />
      <SelectInput
        source="kind"
        label="resources.positions.fields.kind"
        choices={POSITION_KIND_CHOICES}
        validate={validate.required}
        fullWidth
      />
      <Box sx={{ display: 'flex', gap: 2 }}>
        <DateInput source="startedOn" label="resources.positions.fields.startedOn" validate={validate.required} />
        <DateInput source="endedOn" label="resources.positions.fields.endedOn" />
      </Box>
    </CreateRecordButton>
  );
};

/** A contact's positions; staff end a current one from its row. */
const PositionTable = ({ positions, canEdit, testId }: { positions: Position[]; canEdit: boolean; testId: string }) => {
  const translate = useTranslate();
  const columns: TermColumn<Position>[] = [
    { label: 'resources.positions.fields.title', render: (position) => position.title },
    {
      label: 'resources.positions.fields.kind',
      render: (position) => (
        <Chip
          size="small"
          variant="outlined"
          label={translate(`territoria.positionKinds.${position.kind}`, { _: position.kind })}
        />
      ),
    },
    {
      label: 'resources.positions.fields.collectivity',
      render: (position) =>
        position.collectivity ? (
          <MuiLink component={LinkBase} to={`/collectivities/${position.collectivity.id}/show`}>
            {position.collectivity.name}
          </MuiLink>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <TermTable
      rows={positions}
      columns={columns}
      startLabel="resources.positions.fields.startedOn"
      endLabel="resources.positions.fields.endedOn"
      action={canEdit ? (position) => position.current && <EndPositionButton position={position} /> : undefined}
      testId={testId}
    />
  );
};

/** Current and past positions of the contact; staff end a mandate or add a position here. */
export const PositionsPanel = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'positions', action: 'edit' });
  if (!record) return null;
  const canEdit = canAccess === true && !record.erasedAt;
  return (
    <TermSections
      terms={record.positions ?? []}
      table={(positions, current) => (
        <PositionTable
          positions={positions}
          canEdit={current && canEdit}
          testId={current ? 'current-positions' : 'past-positions'}
        />
      )}
      currentTitle="resources.contacts.positions.current"
      pastTitle="resources.contacts.positions.past"
      action={canEdit && <AddPositionButton />}
      emptyCurrent="—"
      emptyAll={translate('resources.contacts.noPositions')}
    />
  );
};
