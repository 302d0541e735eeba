import type { ReactNode } from 'react';
import { TabbedShowLayout } from 'react-admin';

export interface RecordTab {
  /** Translation key of the tab. */
  label: string;
  /** The tab's part of the address (the first tab has none). */
  path?: string;
  content: ReactNode;
  /** Left out (a tab the user may not see). */
  hidden?: boolean;
}

/** A record's page in tabs, each with its address (…/show/bureau), from one list. */
export const RecordTabs = ({ tabs }: { tabs: RecordTab[] }) => (
  <TabbedShowLayout>
    {tabs
      .filter((tab) => !tab.hidden)
      .map((tab) => (
        <TabbedShowLayout.Tab key={tab.label} label={tab.label} path={tab.path}>
          {tab.content}
        </TabbedShowLayout.Tab>
      ))}
  </TabbedShowLayout>
);
