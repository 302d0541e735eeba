import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export interface Partner {
  id: string;
  name: string;
  acronym?: string | null;
  kind: string;
  countryCode?: string | null;
  website?: string | null;
  notes?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** "Agence française de développement (AFD)" */
export const partnerLabel = (partner: Pick<Partner, 'name' | 'acronym'> | null | undefined) =>
  partner ? (partner.acronym && partner.acronym !== partner.name ? `${partner.name} (${partner.acronym})` : partner.name) : '';

export const PartnerKindField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Partner>();
  const translate = useTranslate();
  if (!record?.kind) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      sx={{ alignSelf: 'flex-start', width: 'fit-content' }}
      label={translate(`territoria.partnerKinds.${record.kind}`, { _: record.kind })}
    />
  );
};

export const PartnerNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Partner>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
      {record.name}
    </Typography>
  );
};
