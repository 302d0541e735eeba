import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import { Alert, Box, Link, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  LinkBase,
  NumberInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { DeleteRowButton } from '../shared/DeleteRowButton';
import { CollectivityInput } from '../shared/pickers';
import { useOperation } from '../useOperation';
import type { EventRecord, LabelAward } from './fields';
import { OperationChoiceInput } from './OperationChoiceInput';
import { FormDialogButton } from '../shared/FormDialogButton';

const isRequired = required('territoria.errors.fields.required');
const yearRules = [isRequired, minValue(1975, 'territoria.errors.fields.min'), maxValue(2100, 'territoria.errors.fields.max')];

interface AwardValues {
  labelId: string;
  collectivityId: string;
  year: number;
  citation?: string | null;
}

/** "Décerner un label": a label (or a new one, by its name) to a collectivity, at this edition. */
const AwardLabelButton = ({ event }: { event: EventRecord }) => {
  const dataProvider = useDataProvider();
  const refresh = useRefresh();
  return (
    <FormDialogButton<AwardValues>
      buttonLabel="resources.labelAwards.add"
      icon={<MilitaryTechIcon />}
      title="resources.labelAwards.addTitle"
      titleOptions={{ title: event.title, year: event.year }}
      submitLabel="resources.labelAwards.add"
      defaultValues={{ year: event.year }}
      done="resources.labelAwards.added"
      onSubmit={async (values) => {
        await dataProvider.create('labelAwards', { data: { ...values, eventId: event.id } });
        refresh();
      }}
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
    </FormDialogButton>
  );
};

/** A table of label awards: the collectivity, the label, the year and the citation (the edition when asked). */
export const LabelAwardsTable = ({
  awards,
  showEdition,
  canDelete,
}: {
  awards: LabelAward[];
  showEdition?: boolean;
  canDelete?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="label-awards">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.labelAwards.fields.labelId')}</TableCell>
          {showEdition ? (
            <TableCell>{translate('resources.labelAwards.fields.eventId')}</TableCell>
          ) : (
            <TableCell>{translate('resources.labelAwards.fields.collectivityId')}</TableCell>
          )}
          <TableCell>{translate('resources.labelAwards.fields.year')}</TableCell>
          <TableCell>{translate('resources.labelAwards.fields.citation')}</TableCell>
          {canDelete && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {awards.map((award) => (
          <TableRow key={award.id} data-testid="label-award">
            <TableCell sx={{ fontWeight: 500 }}>{award.label.name}</TableCell>
            <TableCell>
              {showEdition ? (
                award.event ? (
                  <Link component={LinkBase} to={`/events/${award.event.id}/show`} underline="hover">
                    {`${award.event.year} — ${award.event.title}`}
                  </Link>
                ) : (
                  '—'
                )
              ) : (
                <Link component={LinkBase} to={`/collectivities/${award.collectivity.id}/show`} underline="hover">
                  {award.collectivity.name}
                </Link>
              )}
            </TableCell>
            <TableCell>{award.year}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{award.citation ?? '—'}</TableCell>
            {canDelete && (
              <TableCell align="right">
                <DeleteRowButton
                  resource="labelAwards"
                  record={award}
                  translateOptions={{ label: award.label.name, name: award.collectivity.name }}
                />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** "Labels": the awards of this edition; staff award one (the year defaults to the edition's). */
export const AwardsPanel = () => {
  const event = useRecordContext<EventRecord>();
  const translate = useTranslate();
  const { data, isPending, error } = useOperation<{ awards: LabelAward[] }>(
    'eventAwards',
    { id: event?.id },
    { enabled: Boolean(event?.id) },
  );
  if (!event) return null;
  const awards = data?.awards ?? [];
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <AwardLabelButton event={event} />
      </Box>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : isPending ? (
        <Skeleton variant="rectangular" height={60} />
      ) : awards.length === 0 ? (
        <Typography color="text.secondary">{translate('resources.labelAwards.empty')}</Typography>
      ) : (
        <LabelAwardsTable awards={awards} canDelete />
      )}
    </Box>
  );
};

export default AwardsPanel;
