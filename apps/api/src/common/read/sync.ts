import type { ErrorReason } from '@territoria/domain';
import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../errors/app-errors.js';
import { and, raw, sql, type Sql } from './sql.js';

/**
 * Incremental sync on the read road. A synced page is ordered by each row's last change:
 * (xid, id), xid being the transaction that last wrote the row (kept by triggers: migrations
 * IncrementalSync and CollectivitySyncPosition). Only changes below the horizon are served: the oldest write
 * transaction still running (pg_snapshot_xmin). Every transaction below it has committed or
 * rolled back, and every later commit gets a position at or above it, so a reader's cursor is
 * never passed by a change that lands later. Ordering by updated_at could not promise that: a
 * transaction that began earlier but commits later writes an older updated_at than rows already
 * read. A long write transaction holds the horizon back until it ends (served late, never lost).
 */
// A subquery, so that it is computed once per statement (an InitPlan), not once per row compared.
export const SYNC_HORIZON = raw('(SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint)');

/**
 * Where the last change of a read type's rows is kept: its own sync_changes row ('tracked'), two
 * columns of the row itself written by a trigger (sync_xid, sync_changed_at: 'stamped', for the
 * large tables integrations mirror, so that a page reads no second table), or the row is itself
 * a change ('self': tombstones).
 */
export type SyncTracking = 'tracked' | 'stamped' | 'self';

/** The sync arguments of a page, as given (validated here, where the list is known). */
export interface SyncArgs {
  after?: string | null;
  updatedSince?: Date | string | null;
}

/** A position in a synced list: the last change's transaction and the row's id. */
export interface SyncPosition {
  xid: string;
  id: string;
}

export interface SyncRequest {
  /** The list the cursor belongs to, e.g. "Query.collectivities" or "Group.members". */
  list: string;
  after: SyncPosition | null;
  updatedSince: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHECK_PREFIX = 'territoria-sync:';

/** Whether a page asks for sync order (a cursor or a date given). */
export function wantsSync(page: SyncArgs | undefined): boolean {
  return page?.after != null || page?.updatedSince != null;
}

function syncError(field: string, code: ErrorReason, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, [{ field, code, message }], { reason: code });
}

/**
 * Reads the sync arguments of a list's page: a cursor made by this list and untouched, a date not
 * in the future, no offset beside a cursor. Anything else is a typed error.
 */
export function syncRequest(list: string, page: SyncArgs & { offset?: number }): SyncRequest {
  if (page.offset)
    throw syncError('page.offset', 'CURSOR_WITH_OFFSET', 'A synced page is positioned by its cursor: leave offset out.');
  let updatedSince: Date | null = null;
  if (page.updatedSince != null) {
    updatedSince = new Date(page.updatedSince);
    if (Number.isNaN(updatedSince.getTime()))
      throw syncError('page.updatedSince', 'INVALID_DATE', 'updatedSince is not an instant.');
    if (updatedSince.getTime() > Date.now()) {
      throw syncError('page.updatedSince', 'UPDATED_SINCE_IN_FUTURE', 'updatedSince is in the future: nothing changed then yet.');
    }
  }
  return { list, after: page.after != null ? decodeCursor(list, page.after) : null, updatedSince };
}

/** A cursor is the list, the position and a check over them, in base64url: opaque, refused when altered or moved to another list. */
export function decodeCursor(list: string, cursor: string): SyncPosition {
  const invalid = () =>
    syncError('page.after', 'INVALID_CURSOR', 'This cursor is not one this list gave: start again without it.');
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = text.split('~');
  if (parts.length !== 4) throw invalid();
  const [owner, xid, id, check] = parts as [string, string, string, string];
  if (check !== checksum(`${owner}~${xid}~${id}`) || !/^\d{1,20}$/.test(xid) || !UUID.test(id)) throw invalid();
  if (owner !== list) {
    throw syncError('page.after', 'CURSOR_OF_ANOTHER_LIST', `This cursor was given by ${owner}, not by ${list}.`);
  }
  return { xid, id };
}

function checksum(payload: string): string {
  return createHash('sha256')
    .update(CHECK_PREFIX + payload)
    .digest('hex')
    .slice(0, 16);
}

/** The cursor of a position, as cursorSql writes it in SQL and decodeCursor reads it back. */
export function encodeCursor(list: string, xid: string, id: string): string {
  const payload = `${list}~${xid}~${id}`;
  return Buffer.from(`${payload}~${checksum(payload)}`, 'utf8').toString('base64url');
}

/** SQL making the cursor of a position, as decodeCursor reads it back (built in SQL, so it can sit at any depth of an answer). */
export function cursorSql(list: string, xid: Sql, id: Sql): Sql {
  const payload = sql`(${list}::text || '~' || (${xid})::text || '~' || (${id})::text)`;
  return sql`translate(encode(convert_to(${payload} || '~' || left(encode(sha256(convert_to(${CHECK_PREFIX}::text || ${payload}, 'UTF8')), 'hex'), 16), 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

/** The cursor just below the horizon: an empty page moves the reader up to it, past nothing that could still come. */
export function horizonCursorSql(list: string): Sql {
  return cursorSql(list, sql`${SYNC_HORIZON} - 1`, raw(`'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid`));
}

/** The columns holding a synced row's position: on its sync_changes row, or on the row itself. */
const POSITION_COLUMNS: Record<SyncTracking, { xid: string; id: string; changedAt: string }> = {
  tracked: { xid: 'xid', id: 'row_id', changedAt: 'changed_at' },
  self: { xid: 'xid', id: 'row_id', changedAt: 'changed_at' },
  stamped: { xid: 'sync_xid', id: 'id', changedAt: 'sync_changed_at' },
};

/** The SQL of a row's position (its last change's transaction, its id), for a row alias. */
export function positionOf(row: string, tracking: SyncTracking): { xid: string; id: string } {
  const alias = tracking === 'tracked' ? `${row}_c` : row;
  const columns = POSITION_COLUMNS[tracking];
  return { xid: `${alias}.${columns.xid}`, id: `${alias}.${columns.id}` };
}

/**
 * The rows of a synced page: FROM the changes after the cursor and below the horizon, WHERE
 * (when the rows carry their own position and the page is positioned by its cursor alone) the
 * same conditions on the table itself, so the planner reads the position index in order and
 * stops at the limit. Tracked rows are each joined to their change by a lateral lookup. OFFSET 0
 * keeps the planner from flattening a part: tracked changes into a hash join over the whole
 * table or a sort above the join; changes since a date into a walk of the position index that
 * would pass every older row before reaching them (a LIMIT makes it look cheap).
 */
export function syncedFrom(
  typeName: string,
  table: string,
  row: string,
  tracking: SyncTracking,
  request: SyncRequest,
): { from: Sql; where: Sql | null } {
  const columns = POSITION_COLUMNS[tracking];
  const conditions = (alias: string) =>
    and([
      tracking === 'tracked' ? sql`${raw(alias)}.type = ${typeName} AND ${raw(alias)}.removal IS NULL` : null,
      sql`${raw(alias)}.${raw(columns.xid)} < ${SYNC_HORIZON}`,
      request.after
        ? sql`(${raw(alias)}.${raw(columns.xid)}, ${raw(alias)}.${raw(columns.id)}) > (${request.after.xid}::bigint, ${request.after.id}::uuid)`
        : null,
      request.updatedSince
        ? sql`${raw(alias)}.${raw(columns.changedAt)} >= ${request.updatedSince.toISOString()}::timestamptz`
        : null,
    ]);
  if (tracking !== 'tracked' && !request.updatedSince) return { from: sql`${raw(table)} ${raw(row)}`, where: conditions(row) };
  const inner = `${row}_s`;
  const change = tracking === 'tracked' ? `${row}_c` : row;
  const changes = sql`(SELECT * FROM ${raw(tracking === 'tracked' ? 'sync_changes' : table)} ${raw(inner)}
    WHERE ${conditions(inner)}
    ORDER BY ${raw(inner)}.${raw(columns.xid)}, ${raw(inner)}.${raw(columns.id)} OFFSET 0) ${raw(change)}`;
  if (tracking !== 'tracked') return { from: changes, where: null };
  return {
    from: sql`${changes} JOIN LATERAL (SELECT * FROM ${raw(table)} ${raw(`${row}_t`)} WHERE ${raw(`${row}_t`)}.id = ${raw(change)}.row_id OFFSET 0) ${raw(row)} ON TRUE`,
    where: null,
  };
}

/** Refuses sync arguments on a list that does not offer them (read outside the read road). */
export function refuseSync(page: SyncArgs | undefined): void {
  if (wantsSync(page)) {
    throw syncError('page.after', 'SYNC_NOT_SUPPORTED', 'This list cannot be synced incrementally: page it by offset.');
  }
}
