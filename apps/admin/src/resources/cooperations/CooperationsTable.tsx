import DeleteIcon from '@mui/icons-material/Delete';
import {
  Chip,
  IconButton,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, LinkBase, useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { countryName } from '../../i18n/countries';
import { formatDay } from '../../util/dates';
import type { Cooperation } from './types';

const CollectivityLink = ({ collectivity }: { collectivity: { id: string; name: string } | null }) =>
  collectivity ? (
    <MuiLink component={LinkBase} to={`/collectivities/${collectivity.id}/show`}>
      {collectivity.name}
    </MuiLink>
  ) : (
    <>—</>
  );

/** For a cooperation entered by mistake (one that stopped keeps its end date). */
const DeleteCooperationButton = ({ cooperation }: { cooperation: Cooperation }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const remove = async () => {
    setPending(true);
    try {
      await dataProvider.delete('cooperations', { id: cooperation.id, previousData: cooperation });
      notify('resources.cooperations.removed', { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };
  const label = translate('resources.cooperations.remove');
  return (
    <>
      <Tooltip title={label}>
        <IconButton size="small" aria-label={label} onClick={() => setOpen(true)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.cooperations.removeTitle"
        titleTranslateOptions={{ name: cooperation.foreignCollectivity?.name ?? '' }}
        content="resources.cooperations.removeContent"
        confirm="resources.cooperations.remove"
        confirmColor="warning"
        onConfirm={remove}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

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
    <Table size="small" data-testid="cooperations">
      <TableHead>
        <TableRow>
          {showFrench && <TableCell>{translate('resources.cooperations.fields.frenchCollectivity')}</TableCell>}
          <TableCell>{translate('resources.cooperations.fields.foreignCollectivity')}</TableCell>
          <TableCell>{translate('resources.cooperations.fields.countryCode')}</TableCell>
          <TableCell>{translate('resources.cooperations.fields.kind')}</TableCell>
          <TableCell>{translate('resources.cooperations.fields.since')}</TableCell>
          <TableCell>{translate('resources.cooperations.fields.themes')}</TableCell>
          {canDelete && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {cooperations.map((cooperation) => (
          <TableRow key={cooperation.id}>
            {showFrench && (
              <TableCell>
                <CollectivityLink collectivity={cooperation.frenchCollectivity} />
              </TableCell>
            )}
            <TableCell>
              <CollectivityLink collectivity={cooperation.foreignCollectivity} />
            </TableCell>
            <TableCell>{countryName(cooperation.countryCode, locale)}</TableCell>
            <TableCell>{translate(`territoria.cooperationKinds.${cooperation.kind}`, { _: cooperation.kind })}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {cooperation.since ? formatDay(cooperation.since, locale) : '—'}
              {cooperation.endedOn ? ` → ${formatDay(cooperation.endedOn, locale)}` : ''}
            </TableCell>
            <TableCell>
              {cooperation.themes.map((theme) => (
                <Chip key={theme} size="small" variant="outlined" label={theme} sx={{ mr: 0.5, mb: 0.5 }} />
              ))}
            </TableCell>
            {canDelete && (
              <TableCell align="right">
                <DeleteCooperationButton cooperation={cooperation} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
