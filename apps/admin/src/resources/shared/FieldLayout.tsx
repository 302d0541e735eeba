import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DateField, Labeled, TextField, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n/i18nProvider';

interface FieldGridProps {
  children: ReactNode;
  /** Columns on a wide screen (two below, one on a phone). */
  columns?: 3 | 4;
  /** A page of fields: rows are spaced too (inputs keep their own margins). */
  readOnly?: boolean;
  sx?: object;
}

/** Fields side by side, the console's one responsive grid for forms and record pages. */
export const FieldGrid = ({ children, columns = 3, readOnly = false, sx }: FieldGridProps) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: `repeat(${columns}, minmax(0, 1fr))` },
      columnGap: 2,
      rowGap: readOnly ? 2 : 0,
      width: '100%',
      ...sx,
    }}
  >
    {children}
  </Box>
);

/** A titled part of a form or a record page ("Identité", "Adhésion"…), its fields in a FieldGrid. */
export const FieldSection = ({ title, helper, ...grid }: FieldGridProps & { title: string; helper?: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: '100%', mb: grid.readOnly ? 3 : 1 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: grid.readOnly ? 0 : 1 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: helper ? 1 : 2 }} />
      {helper && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(helper)}
        </Typography>
      )}
      <FieldGrid {...grid} />
    </Box>
  );
};

/**
 * What a record is attached to for good (an edition's series, a partnership's partner): chosen
 * when it is created, shown on its edit form.
 */
export const ChosenOnCreate = ({
  edit,
  label,
  value,
  testId,
  children,
}: {
  edit: boolean;
  label: string;
  value: string;
  testId: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ gridColumn: '1 / -1' }}>
      {edit ? (
        <Box sx={{ mb: 2 }}>
          <Typography variant="caption" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography data-testid={testId}>{value}</Typography>
        </Box>
      ) : (
        children
      )}
    </Box>
  );
};

/**
 * A record's text field with its label on a record page: "—" when empty; `multiline` keeps the
 * line breaks typed (notes, an address); `wide` spans the whole row.
 */
export const LabeledText = ({
  source,
  label,
  multiline = false,
  wide = false,
}: {
  source: string;
  label?: string;
  multiline?: boolean;
  wide?: boolean;
}) => (
  <Labeled source={source} label={label} sx={wide ? { gridColumn: '1 / -1' } : undefined}>
    <TextField source={source} emptyText="—" sx={multiline ? { whiteSpace: 'pre-line' } : undefined} />
  </Labeled>
);

/**
 * A record's date and time with its label on a record page (when it was changed…), in the
 * console's language; `dayOnly`: the day alone (a membership's start).
 */
export const LabeledDateTime = ({ source, label, dayOnly = false }: { source: string; label?: string; dayOnly?: boolean }) => {
  const [locale] = useLocaleState();
  return (
    <Labeled source={source} label={label}>
      <DateField source={source} showTime={!dayOnly} locales={intlLocale(locale)} emptyText="—" />
    </Labeled>
  );
};
