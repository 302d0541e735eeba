import DataLoader from 'dataloader';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { requestLoader } from '../../common/loaders/request.loaders.js';
import { rowById, type OneRelation } from '../../common/read/read-model.js';
import type { EventStatistics } from './dto/event-statistics.types.js';
import type { EventStatisticsService } from './event-statistics.service.js';
import type { Event } from './event.entity.js';

/** The edition a row refers to (a session, a participation). */
export const eventById = (column = 'event_id'): OneRelation => rowById('Event', column);

/** The statistics of every edition a request asks for, computed together. */
export function eventStatisticsLoader(
  context: AuthenticatedContext,
  statistics: EventStatisticsService,
): DataLoader<Event, EventStatistics, string> {
  return requestLoader(
    context,
    'event.statistics',
    () => new DataLoader((events: readonly Event[]) => statistics.forEvents(events), { cacheKeyFn: (event) => event.id }),
  );
}
