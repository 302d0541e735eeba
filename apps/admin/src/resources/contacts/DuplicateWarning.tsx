import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert, AlertTitle, Box, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { LinkBase, SaveButton, useTranslate } from 'react-admin';
import { useRunAction } from '../shared/useRunAction';

/** A person the API thinks may be the one being created (extensions.candidates of its DUPLICATE refusal). */
export type DuplicateCandidate = Fields<Api.Contact, 'id' | 'firstName' | 'lastName' | 'email'>;

/** The candidates of a DUPLICATE refusal of createContact, if that is what the error is. */
export function duplicateCandidates(error: unknown): DuplicateCandidate[] | null {
  const body = (error as { body?: { code?: string; extensions?: { candidates?: unknown } } } | null)?.body;
  if (body?.code !== 'DUPLICATE' || !Array.isArray(body.extensions?.candidates)) return null;
  return body.extensions.candidates as DuplicateCandidate[];
}

const sameEmail = (candidate: DuplicateCandidate, email: unknown) =>
  typeof email === 'string' && email.trim() !== '' && candidate.email?.toLowerCase() === email.trim().toLowerCase();

const CandidateList = ({ candidates }: { candidates: DuplicateCandidate[] }) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {candidates.map((candidate) => (
        <ListItem key={candidate.id} disableGutters data-testid="duplicate-candidate">
          <Typography variant="body2" component="span">
            <MuiLink component={LinkBase} to={`/contacts/${candidate.id}/show`} target="_blank" rel="noopener">
              {candidate.firstName} {candidate.lastName}
            </MuiLink>
            {candidate.email ? ` — ${candidate.email}` : ''}
            {' · '}
            <MuiLink component={LinkBase} to={`/contacts/${candidate.id}/show`}>
              {translate('resources.contacts.duplicates.open')}
            </MuiLink>
          </Typography>
        </ListItem>
      ))}
    </List>
  );
};

/**
 * "Cette personne existe peut-être déjà": the people the API found, each with a link to open
 * them, and — unless one has the same email, which the API always refuses — the button that
 * creates the contact anyway (the same form, sent again with confirmNotDuplicate).
 */
export const DuplicateWarning = ({ candidates }: { candidates: DuplicateCandidate[] }) => {
  const translate = useTranslate();
  const email = useWatch({ name: 'email' });
  const blocked = candidates.some((candidate) => sameEmail(candidate, email));
  return (
    <Alert severity="warning" sx={{ width: '100%', mb: 2, boxSizing: 'border-box' }} data-testid="duplicate-warning" role="alert">
      <AlertTitle>{translate('resources.contacts.duplicates.title')}</AlertTitle>
      <Typography variant="body2">
        {translate(blocked ? 'resources.contacts.duplicates.sameEmail' : 'resources.contacts.duplicates.intro')}
      </Typography>
      <CandidateList candidates={candidates} />
      {!blocked && (
        <Box sx={{ mt: 1 }}>
          <SaveButton
            type="button"
            variant="outlined"
            color="warning"
            icon={<PersonAddIcon />}
            label="resources.contacts.duplicates.force"
            transform={(data) => ({ ...data, confirmNotDuplicate: true })}
            alwaysEnable
          />
        </Box>
      )}
    </Alert>
  );
};

/**
 * While the name is typed: the API's possibleDuplicateContacts (same email, or same name in the
 * chosen collectivity), asked once the typing pauses. A hint only: the API checks again on save.
 */
export const TypingDuplicateHint = () => {
  const translate = useTranslate();
  const runAction = useRunAction();
  const [firstName, lastName, email, collectivityId] = useWatch({
    name: ['firstName', 'lastName', 'email', 'position.collectivityId'],
  }) as [string | undefined, string | undefined, string | undefined, string | undefined];
  const [found, setFound] = useState<DuplicateCandidate[]>([]);

  useEffect(() => {
    const first = firstName?.trim() ?? '';
    const last = lastName?.trim() ?? '';
    if (!first || !last) {
      setFound([]);
      return undefined;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      runAction<DuplicateCandidate[]>('contacts', {
        action: 'possibleDuplicates',
        data: {
          firstName: first,
          lastName: last,
          email: email?.trim() || undefined,
          collectivityId: collectivityId || undefined,
        },
      })
        .then(({ data }) => {
          if (!cancelled) setFound(Array.isArray(data) ? data : []);
        })
        .catch(() => {
          if (!cancelled) setFound([]);
        });
    }, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // runAction is a new function each render: the inputs decide when to ask
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstName, lastName, email, collectivityId]);

  if (found.length === 0) return null;
  return (
    <Alert severity="info" sx={{ width: '100%', mb: 2, boxSizing: 'border-box' }} data-testid="duplicate-hint">
      <Typography variant="body2">{translate('resources.contacts.duplicates.typing', { smart_count: found.length })}</Typography>
      <CandidateList candidates={found} />
    </Alert>
  );
};
