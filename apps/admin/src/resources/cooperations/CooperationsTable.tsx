import { Chip, Link as MuiLink, Typography } from '@mui/material';
import { DataTable, LinkBase, useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import { formatDay } from '../../util/dates';
import { DeleteColumn } from '../shared/DeleteRowButton';
import type { Cooperation } from './types';

const CollectivityLink = ({ collectivity }: { collectivity: { id: string; name: string } | null }) =>
  collectivity ? (
    <MuiLink component={LinkBase} to={`/collectivities/${collectivity.id}/show`}>
      {collectivity.name}
    </MuiLink>
  ) : (
    <>—</>
  );

/** A column of the cooperations' table. */
const Column = DataTable.Col<Cooperation>;

/**
 * Cooperations between French and foreign collectivities, both named (and linked), the foreign
 * one's country by name, the kind and themes translated or as typed.
 */
export const CooperationsTable = ({
  cooperations,
  showFrench = true,
  canDelete = false,
  empty,
}: {
  cooperations: Cooperation[] | undefined;
  showFrench?: boolean;
  canDelete?: boolean;
  empty: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!cooperations || cooperations.length === 0) {
    return <Typography color="text.secondary">{translate(empty)}</Typography>;
  }
  return (
    <DataTable<Cooperation> data={cooperations} bulkActionButtons={false} rowClick={false} data-testid="cooperations">
      {showFrench && (
        <Column
          label="resources.cooperations.fields.frenchCollectivity"
          render={(cooperation) => <CollectivityLink collectivity={cooperation.frenchCollectivity} />}
        />
      )}
      <Column
        label="resources.cooperations.fields.foreignCollectivity"
        render={(cooperation) => <CollectivityLink collectivity={cooperation.foreignCollectivity} />}
      />
      <Column
        label="resources.cooperations.fields.countryCode"
        render={(cooperation) => countryName(cooperation.countryCode, locale)}
      />
      <Column
        label="resources.cooperations.fields.kind"
        render={(cooperation) => translate(`territoria.cooperationKinds.${cooperation.kind}`, { _: cooperation.kind })}
      />
      <Column
        label="resources.cooperations.fields.since"
        render={(cooperation) =>
          `${cooperation.since ? formatDay(cooperation.since, locale) : '—'}${cooperation.endedOn ? ` → ${formatDay(cooperation.endedOn, locale)}` : ''}`
        }
        sx={{ whiteSpace: 'nowrap' }}
      />
      <Column
        label="resources.cooperations.fields.themes"
        render={(cooperation) =>
          cooperation.themes.map((theme) => (
            <Chip key={theme} size="small" variant="outlined" label={theme} sx={{ mr: 0.5, mb: 0.5 }} />
          ))
        }
      />
      {canDelete && (
        <DeleteColumn<Cooperation>
          resource="cooperations"
          translateOptions={(cooperation) => ({ name: cooperation.foreignCollectivity?.name ?? '' })}
          confirm="resources.cooperations.remove"
        />
      )}
    </DataTable>
  );
};
