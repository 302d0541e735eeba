import { Alert, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ReferenceManyField,
  useTranslate,
  type FilterPayload,
  type ListControllerResult,
  type RaRecord,
  type SortPayload,
} from 'react-admin';

export interface NestedListProps<T extends RaRecord> {
  /** The nested resource (its definition's `parent`, or a list filter, ties it to the record). */
  reference: string;
  /** The filter carrying the record's id, e.g. "eventId". */
  target: string;
  /** Translation key of what is said when there is none. */
  empty: string;
  sort?: SortPayload;
  filter?: FilterPayload;
  perPage?: number;
  skeletonHeight?: number;
  /** The records, once read (they are also in the list context, for a DataTable). */
  children: ReactNode | ((list: ListControllerResult<T>) => ReactNode);
}

/**
 * A list belonging to the record of the page (an edition's sessions, a collectivity's dues…), read
 * with the data provider's getManyReference: one request for the whole list, never one per row.
 * It says when the list is loading, failed or empty, then shows its children.
 */
export function NestedList<T extends RaRecord = RaRecord>({
  reference,
  target,
  empty,
  sort,
  filter,
  perPage = 1000,
  skeletonHeight = 60,
  children,
}: NestedListProps<T>) {
  const translate = useTranslate();
  return (
    <ReferenceManyField<RaRecord, T>
      reference={reference}
      target={target}
      sort={sort}
      filter={filter}
      perPage={perPage}
      render={(list) =>
        list.error ? (
          <Alert severity="error">{list.error.message}</Alert>
        ) : list.isPending ? (
          <Skeleton variant="rectangular" height={skeletonHeight} />
        ) : !list.data?.length ? (
          <Typography color="text.secondary">{translate(empty)}</Typography>
        ) : typeof children === 'function' ? (
          children(list)
        ) : (
          children
        )
      }
    />
  );
}
