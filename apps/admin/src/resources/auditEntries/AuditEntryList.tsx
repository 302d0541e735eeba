import { Box, Chip, Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  DataTable,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AuditChanges } from './AuditChanges';
import { ENTITY_RESOURCES, actionLabel, actorName, entityTypeLabel, formatDateTime, recordPath, type AuditEntry } from './format';
import { EmptyList } from '../shared/ListParts';

const ENTITY_TYPE_CHOICES = Object.keys(ENTITY_RESOURCES).map((type) => ({
  id: type,
  name: `territoria.audit.entityTypes.${type}`,
}));

const DateCell = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntry>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography variant="body2" component="time" dateTime={record.at} sx={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(record.at, locale)}
    </Typography>
  );
};

const ActorCell = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return <Typography variant="body2">{actorName(record, translate)}</Typography>;
};

/** "Collectivité — Dijon" (the name read from the collectivity when it still exists). */
const EntityCell = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2">{entityTypeLabel(record.entityType, translate)}</Typography>
      {record.entityType === 'Collectivity' ? (
        <ReferenceField source="entityId" reference="collectivities" link={false} emptyText="">
          <TextField source="name" variant="body2" color="text.secondary" />
        </ReferenceField>
      ) : (
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {record.entityId.slice(0, 8)}
        </Typography>
      )}
    </Box>
  );
};

const ActionCell = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" variant="outlined" label={actionLabel(record.action, translate)} />;
};

const ChangesCell = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntry>();
  if (!record) return null;
  return <AuditChanges entry={record} max={3} />;
};

/** "Journal": every change, newest first (the API's order); a collectivity's row opens its page. */
export const AuditEntryList = () => {
  const filters = useMemo(
    () => [<SelectInput key="entityType" source="entityType" choices={ENTITY_TYPE_CHOICES} alwaysOn sx={{ minWidth: 200 }} />],
    [],
  );
  return (
    <List<AuditEntry> filters={filters} actions={false} perPage={50} empty={false}>
      <DataTable<AuditEntry>
        rowClick={(_id, _resource, record) => recordPath(record)}
        bulkActionButtons={false}
        empty={<EmptyList />}
      >
        <DataTable.Col source="at" field={DateCell} disableSort />
        <DataTable.Col source="actorLabel" field={ActorCell} disableSort />
        <DataTable.Col source="entityType" field={EntityCell} disableSort />
        <DataTable.Col source="action" field={ActionCell} disableSort />
        <DataTable.Col source="changes" field={ChangesCell} disableSort />
      </DataTable>
    </List>
  );
};

export default AuditEntryList;
