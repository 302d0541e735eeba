import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import { Alert } from '@mui/material';
import { useCallback, useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { errorCodeOf } from '../../providers/errors';
import { formatTime } from '../../util/dates';
import { useRunAction } from '../shared/useRunAction';
import type { CheckInResult, Participation } from './fields';

/** A badge's QR code holds its participation's id: a scanner types it, then Enter. */
const BADGE_CODE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isBadgeCode = (text: string): boolean => BADGE_CODE.test(text.trim());

export type ScanOutcome =
  | { kind: 'checkedIn'; name: string }
  | { kind: 'already'; name: string; at: string | null }
  | { kind: 'unknown' }
  | { kind: 'otherEdition'; name: string }
  | { kind: 'refused'; name?: string; message: string };

/**
 * The desk's badge scan: the code read is checked in when it is a registration of this very
 * edition; an unknown code, or a badge of another edition, is said so and nobody is checked in.
 */
export function useScanCheckIn(eventId: string, onCheckedIn: () => void) {
  const dataProvider = useDataProvider();
  const runAction = useRunAction();
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);

  const scan = useCallback(
    async (code: string) => {
      const id = code.trim().toLowerCase();
      let participation: Participation;
      try {
        participation = (await dataProvider.getOne<Participation>('participations', { id })).data;
      } catch (error) {
        setOutcome(
          errorCodeOf(error) === 'NOT_FOUND' ? { kind: 'unknown' } : { kind: 'refused', message: (error as Error).message },
        );
        return;
      }
      const name = participation.displayName;
      if (participation.eventId !== eventId) {
        setOutcome({ kind: 'otherEdition', name });
        return;
      }
      try {
        const { data } = await runAction<CheckInResult>('participations', {
          action: 'checkIn',
          id: participation.id,
        });
        setOutcome(
          data.alreadyCheckedIn ? { kind: 'already', name, at: data.participation.checkedInAt } : { kind: 'checkedIn', name },
        );
        onCheckedIn();
      } catch (error) {
        setOutcome({ kind: 'refused', name, message: (error as Error).message });
      }
    },
    [dataProvider, runAction, eventId, onCheckedIn],
  );

  return { scan, outcome };
}

const SEVERITY = {
  checkedIn: 'success',
  already: 'info',
  unknown: 'warning',
  otherEdition: 'warning',
  refused: 'error',
} as const;

/** What the last scan did, in a few words the desk reads at a glance. */
export const ScanOutcomeAlert = ({ outcome }: { outcome: ScanOutcome | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!outcome) return null;
  const text =
    outcome.kind === 'refused'
      ? [outcome.name, outcome.message].filter(Boolean).join(' : ')
      : translate(`checkInScan.${outcome.kind}`, {
          name: 'name' in outcome ? outcome.name : '',
          time: outcome.kind === 'already' ? formatTime(outcome.at, locale) : '',
        });
  return (
    <Alert
      severity={SEVERITY[outcome.kind]}
      icon={<QrCodeScannerIcon />}
      role="status"
      data-testid="check-in-scan"
      sx={{ mt: 1 }}
    >
      {text}
    </Alert>
  );
};
