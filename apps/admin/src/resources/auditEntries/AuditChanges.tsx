import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { describeEntry, type AuditEntry } from './format';

/**
 * The changes of one entry, one per line: "Adhésion : Non adhérent → Adhérent". `max` keeps a
 * journal row short ("+ 3 autres champs").
 */
export const AuditChanges = ({ entry, max }: { entry: AuditEntry; max?: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { changes } = describeEntry(entry, { translate, locale });
  if (entry.action === 'DELETE' && max !== undefined) {
    return <Typography variant="body2">{translate('territoria.audit.deleted')}</Typography>;
  }
  if (entry.action === 'CREATE' && max !== undefined) {
    return <Typography variant="body2">{translate('territoria.audit.created')}</Typography>;
  }
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('territoria.audit.no_changes')}
      </Typography>
    );
  }
  const shown = max !== undefined ? changes.slice(0, max) : changes;
  const hidden = changes.length - shown.length;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {shown.map((change) => (
        <Typography component="li" variant="body2" key={change.field} data-testid="audit-change" sx={{ whiteSpace: 'pre-line' }}>
          {change.text}
        </Typography>
      ))}
      {hidden > 0 && (
        <Typography component="li" variant="body2" color="text.secondary" sx={{ listStyle: 'none' }}>
          {translate('territoria.audit.more', { smart_count: hidden })}
        </Typography>
      )}
    </Box>
  );
};

export default AuditChanges;
