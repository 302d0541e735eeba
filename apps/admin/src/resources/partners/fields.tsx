import type * as Api from '@territoria/client';
import type { Fields, SomeFields } from '../../providers/records';
import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export type Partner = Fields<Api.Partner, 'id' | 'name' | 'kind' | 'version' | 'createdAt' | 'updatedAt'> &
  SomeFields<Api.Partner, 'acronym' | 'countryCode' | 'website' | 'notes'>;

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
