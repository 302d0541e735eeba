import CheckIcon from '@mui/icons-material/Check';
import { Button, Checkbox, Chip, FormControlLabel, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  answersOf,
  countsWithChoices,
  groupAnswerOf,
  type GroupAnswer,
  type ImportPreview,
  type ImportQuestionGroup,
  type OutcomeFilter,
  type RowChoice,
} from './importRows';

/** The counts, each one a filter of the lines below (a click shows only those). */
export const Counts = ({
  preview,
  choices,
  filter,
  onFilter,
}: {
  preview: ImportPreview;
  choices: Record<number, RowChoice>;
  filter: OutcomeFilter;
  onFilter: (filter: OutcomeFilter) => void;
}) => {
  const translate = useTranslate();
  const counts = countsWithChoices(preview.rows, choices);
  const items = [
    ['ready', 'NEW', counts.ready, 'success'],
    ['ambiguous', 'AMBIGUOUS', counts.ambiguous, 'warning'],
    ['errors', 'ERROR', counts.errors, 'error'],
    ['duplicates', 'DUPLICATE', counts.duplicates, 'default'],
    ['alreadyRegistered', 'ALREADY_REGISTERED', counts.alreadyRegistered, 'default'],
  ] as const;
  return (
    <Stack direction="row" data-testid="import-counts" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography sx={{ mr: 1 }}>
        {translate('resources.participations.import.counts.rows', { smart_count: preview.counts.rows })}
      </Typography>
      <Chip
        data-testid="import-filter-ALL"
        clickable
        color={filter === 'ALL' ? 'primary' : 'default'}
        variant={filter === 'ALL' ? 'filled' : 'outlined'}
        label={translate('resources.participations.import.filters.ALL')}
        onClick={() => onFilter('ALL')}
        aria-pressed={filter === 'ALL'}
      />
      {items.map(([key, outcome, count, color]) => (
        <Chip
          key={key}
          data-testid={`import-count-${key}`}
          clickable
          icon={filter === outcome ? <CheckIcon /> : undefined}
          color={count > 0 ? color : 'default'}
          variant={count > 0 || filter === outcome ? 'filled' : 'outlined'}
          label={`${translate(`resources.participations.import.counts.${key}`)} : ${count}`}
          onClick={() => onFilter(outcome)}
          aria-pressed={filter === outcome}
        />
      ))}
      {counts.skipped > 0 && (
        <Chip
          variant="outlined"
          data-testid="import-count-skipped"
          label={`${translate('resources.participations.import.counts.skipped')} : ${counts.skipped}`}
        />
      )}
      {counts.statusChanges > 0 && (
        <Chip
          color="info"
          data-testid="import-count-statusChanges"
          label={`${translate('resources.participations.import.counts.statusChanges')} : ${counts.statusChanges}`}
        />
      )}
    </Stack>
  );
};

/** The ambiguous lines by question, each group answered in one click; a line can still be answered alone. */
export const QuestionGroups = ({
  preview,
  choices,
  onAnswer,
  onSkipErrors,
}: {
  preview: ImportPreview;
  choices: Record<number, RowChoice>;
  onAnswer: (group: ImportQuestionGroup, answer: GroupAnswer | null) => void;
  onSkipErrors: (skip: boolean) => void;
}) => {
  const translate = useTranslate();
  const groups = preview.questions ?? [];
  const inError = preview.rows.filter((row) => row.outcome === 'ERROR');
  const errorsSkipped = inError.length > 0 && inError.every((row) => choices[row.line]?.skip);
  if (groups.length === 0 && inError.length === 0) return null;
  return (
    <Stack sx={{ gap: 1 }} data-testid="import-questions">
      <Typography variant="h6">{translate('resources.participations.import.questions.title')}</Typography>
      {groups.map((group) => {
        const current = groupAnswerOf(preview.rows, group, choices);
        return (
          <Paper
            key={group.question}
            variant="outlined"
            sx={{ p: 1.5 }}
            data-testid="import-question"
            data-question={group.question}
          >
            <Typography sx={{ fontWeight: 500 }}>
              {translate(`resources.participations.import.questions.${group.question}`, { smart_count: group.count })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate(`resources.participations.import.questions.${group.question}_help`, { smart_count: group.count })}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {answersOf(group.question).map((answer) => (
                <Button
                  key={answer}
                  size="small"
                  variant={current === answer ? 'contained' : 'outlined'}
                  startIcon={current === answer ? <CheckIcon /> : undefined}
                  onClick={() => onAnswer(group, answer)}
                >
                  {translate(`resources.participations.import.answers.${answer}`, {
                    smart_count: answer === 'KNOWN_CONTACT' ? group.singleCandidate : group.count,
                  })}
                </Button>
              ))}
              {current && (
                <Button size="small" color="inherit" onClick={() => onAnswer(group, null)}>
                  {translate('resources.participations.import.answers.withdraw')}
                </Button>
              )}
            </Stack>
            {current === 'KNOWN_CONTACT' && group.singleCandidate < group.count && (
              <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
                {translate('resources.participations.import.answers.several_namesakes', {
                  smart_count: group.count - group.singleCandidate,
                })}
              </Typography>
            )}
          </Paper>
        );
      })}
      {inError.length > 0 && (
        <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="import-question" data-question="ERRORS">
          <Typography sx={{ fontWeight: 500 }}>
            {translate('resources.participations.import.questions.ERRORS', { smart_count: inError.length })}
          </Typography>
          <FormControlLabel
            control={<Checkbox size="small" checked={errorsSkipped} onChange={(event) => onSkipErrors(event.target.checked)} />}
            label={translate('resources.participations.import.answers.skip_errors', { smart_count: inError.length })}
          />
        </Paper>
      )}
    </Stack>
  );
};
