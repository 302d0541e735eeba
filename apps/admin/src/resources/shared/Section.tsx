import { Box, Card, CardContent, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface SectionHeadingProps {
  /** Translation key of the title. */
  title: string;
  /** How many records the section holds, shown after the title. */
  count?: number;
  /** A button beside the title (adding a record, typically). */
  action?: ReactNode;
  /** The heading level: a page's section (h2) or a part of one (h3). */
  component?: 'h2' | 'h3';
  /** A card's title (h6) rather than a section's within a page. */
  large?: boolean;
  id?: string;
}

/** A section's title, with its count and its add button when it has them. */
export const SectionHeading = ({ title, count, action, component = 'h2', large, id }: SectionHeadingProps) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography
        variant={large ? 'h6' : 'subtitle1'}
        component={component}
        id={id}
        sx={{ flex: 1, fontWeight: large ? undefined : 600 }}
      >
        {translate(title)}
        {count === undefined ? '' : ` (${count})`}
      </Typography>
      {action}
    </Box>
  );
};

/**
 * A titled section of a record's page (its groups, its dues…), under a divider; `card`: in a card
 * of its own, below the record's.
 */
export const Section = ({
  children,
  card,
  testId,
  ...heading
}: SectionHeadingProps & { children: ReactNode; card?: boolean; testId?: string }) => {
  const content = (
    <>
      <SectionHeading {...heading} large={card} />
      <Divider sx={{ mb: card ? 1.5 : 1, mt: card ? 0.5 : 0 }} />
      {children}
    </>
  );
  return card ? (
    <Card component="section" sx={{ mt: 2 }} data-testid={testId} aria-labelledby={heading.id}>
      <CardContent>{content}</CardContent>
    </Card>
  ) : (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      {content}
    </Box>
  );
};
