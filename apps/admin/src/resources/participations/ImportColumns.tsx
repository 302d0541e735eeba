import { Alert, Box, Typography } from '@mui/material';
import type { ImportField } from '@territoria/domain';
import { useTranslate } from 'react-admin';
import { ChoiceTable } from './ChoiceTable';
import { IMPORT_FIELDS, type ImportPreview, type ParticipationStatusValue } from './importRows';

const STATUSES: ParticipationStatusValue[] = ['REGISTERED', 'ATTENDED', 'NO_SHOW', 'CANCELLED'];

/** What each column of the file holds: a field of the import, or nothing (ignored). */
export const ColumnMapping = ({
  preview,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (column: number, field: ImportField | null) => void;
}) => {
  const translate = useTranslate();
  return (
    <ChoiceTable
      testId="import-columns"
      rows={preview.columns}
      rowKey={(column) => column.index}
      columns={[
        {
          header: translate('resources.participations.import.columns.header'),
          width: '30%',
          cell: (column) => column.header,
          sx: { fontWeight: 500 },
        },
        {
          header: translate('resources.participations.import.columns.sample'),
          width: '35%',
          cell: (column) => column.sample ?? '',
          sx: { color: 'text.secondary' },
        },
      ]}
      choiceHeader={translate('resources.participations.import.columns.field')}
      choiceWidth="35%"
      value={(column) => column.field ?? ''}
      options={IMPORT_FIELDS.map((field) => ({ value: field, label: translate(`territoria.importFields.${field}`) }))}
      empty={{ label: translate('resources.participations.import.columns.ignored'), selectable: true }}
      disabled={disabled}
      ariaLabel={(column) => column.header}
      onChange={(column, field) => onChange(column.index, (field as ImportField | '') || null)}
    />
  );
};

/** The values of the status column: how each reads, and a choice for those no rule reads. */
export const StatusValues = ({
  preview,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (value: string, status: ParticipationStatusValue) => void;
}) => {
  const translate = useTranslate();
  const values = preview.statuses ?? [];
  if (values.length === 0) return null;
  const unread = values.filter((value) => value.status === null);
  return (
    <Box data-testid="import-statuses">
      <Typography variant="h6">{translate('resources.participations.import.statuses.title')}</Typography>
      {unread.length > 0 && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="import-statuses-unread">
          {translate('resources.participations.import.statuses.unread', { smart_count: unread.length })}
        </Alert>
      )}
      <ChoiceTable
        rows={values}
        rowKey={(value) => value.value}
        rowProps={(value) => ({ 'data-testid': 'import-status-value', 'data-value': value.value })}
        unsettled={(value) => value.status === null}
        columns={[
          {
            header: translate('resources.participations.import.statuses.value'),
            width: '40%',
            cell: (value) => value.value,
          },
          {
            header: translate('resources.participations.import.statuses.count'),
            width: '20%',
            cell: (value) => value.count,
          },
        ]}
        choiceHeader={translate('resources.participations.import.statuses.status')}
        choiceWidth="40%"
        value={(value) => value.status ?? ''}
        options={STATUSES.map((status) => ({ value: status, label: translate(`territoria.participationStatuses.${status}`) }))}
        empty={{ label: translate('resources.participations.import.statuses.unknown'), selectable: false }}
        disabled={disabled}
        ariaLabel={(value) => translate('resources.participations.import.statuses.choose', { value: value.value })}
        onChange={(value, status) => onChange(value.value, status as ParticipationStatusValue)}
      />
    </Box>
  );
};
