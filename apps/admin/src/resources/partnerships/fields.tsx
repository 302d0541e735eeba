import type * as Api from '@territoria/client';
import type { Fields, Selected, SomeFields } from '../../providers/records';
import { Chip, Link, Typography } from '@mui/material';
import { LinkBase, useRecordContext, useTranslate } from 'react-admin';
import { formatCents } from '../../util/money';
import { PARTNERSHIP_KIND_COLORS } from './choices';

export type Partnership = Fields<Api.Partnership, 'id' | 'year' | 'kind' | 'amountCents' | 'version' | 'partnerId'> &
  SomeFields<Api.Partnership, 'agreementReference' | 'eventId' | 'notes'> & {
    partner?: Selected<Api.Partnership['partner'], 'id' | 'name'> & SomeFields<Api.Partner, 'acronym' | 'kind'>;
  };

export const PartnershipKindChip = ({ kind }: { kind: Api.PartnershipKind }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={PARTNERSHIP_KIND_COLORS[kind] ?? 'default'}
      variant={kind === 'INSTITUTIONAL' ? 'outlined' : 'filled'}
      label={translate(`territoria.partnershipKinds.${kind}`, { _: kind })}
    />
  );
};

export const PartnershipKindField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Partnership>();
  if (!record?.kind) return null;
  return <PartnershipKindChip kind={record.kind} />;
};

/** An amount in euro cents, "1 234,56 €"; "—" without one. */
export const Amount = ({ cents, strong }: { cents: number | null | undefined; strong?: boolean }) => (
  <Typography
    variant="body2"
    component="span"
    color={cents == null ? 'text.secondary' : undefined}
    sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: strong ? 600 : undefined }}
  >
    {cents == null ? '—' : formatCents(cents)}
  </Typography>
);

export const AmountField = ({ source = 'amountCents' }: { label?: string; source?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <Amount cents={record[source] as number | null} />;
};

/** The partner's name, linking to its page. */
export const PartnerLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Partnership>();
  if (!record?.partner) return null;
  return (
    <Link
      component={LinkBase}
      to={`/partners/${record.partner.id}/show`}
      onClick={(event: React.MouseEvent) => event.stopPropagation()}
      underline="hover"
      sx={{ fontWeight: 500 }}
    >
      {record.partner.name}
    </Link>
  );
};
