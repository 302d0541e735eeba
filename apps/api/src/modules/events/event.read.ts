import { hasScope, type Caller } from '../../common/read/caller.js';
import { defineReadType, extendReadType, rowById } from '../../common/read/read-model.js';
import { raw, sql, type Sql } from '../../common/read/sql.js';
import { allVisible, visibleRelated } from '../../common/read/visibility.js';
import '../collectivities/collectivity.read.js';
import '../contacts/contact.read.js';
import { presidedCollectivityIds } from '../../common/read/president-reach.js';
import '../partners/partner.read.js';
import { EventSeries } from './event-series.entity.js';
import { EventSession } from './event-session.entity.js';
import { Event } from './event.entity.js';
import { LabelAward } from './label-award.entity.js';
import { Label } from './label.entity.js';
import { Participation } from './participation.entity.js';
import { collectivityById } from '../collectivities/collectivity.loaders.js';
import { contactById } from '../contacts/contact.loaders.js';
import { partnerById } from '../partners/partner.loaders.js';
import { eventById } from './event.loaders.js';

/** Editions and their series: every signed-in role and events:read integrations. */
const editionsVisible = (caller: Caller) =>
  caller.kind === 'STAFF' || caller.kind === 'PRESIDENT' || hasScope(caller, 'events:read');
/** The programme, labels and awards: the staff and events:read integrations. */
const programmeVisible = (caller: Caller) => caller.kind === 'STAFF' || hasScope(caller, 'events:read');

/** Editions newest first, then the programme by start time. */
const byEditionNewestFirst = (child: string) =>
  raw(`(SELECT e.starts_on FROM events e WHERE e.id = ${child}.event_id) DESC, ${child}.id`);

export const EVENT_SERIES_READ = defineReadType({ name: 'EventSeries', entity: EventSeries, visible: editionsVisible });

export const EVENT_READ = defineReadType({
  name: 'Event',
  entity: Event,
  sync: 'tracked',
  visible: editionsVisible,
  fields: {
    series: rowById('EventSeries', 'series_id'),
    sessions: {
      kind: 'many',
      type: 'EventSession',
      where: (parent, child) => raw(`${child}.event_id = ${parent}.id`),
      orderBy: (child) => raw(`${child}.starts_at NULLS LAST, ${child}.title, ${child}.id`),
    },
    awards: {
      kind: 'many',
      type: 'LabelAward',
      where: (parent, child) => raw(`${child}.event_id = ${parent}.id`),
      orderBy: (child) => awardOrder(child),
    },
    partnerships: {
      kind: 'many',
      type: 'Partnership',
      where: (parent, child) => raw(`${child}.event_id = ${parent}.id`),
      orderBy: (child) => raw(`${child}.amount_cents DESC NULLS LAST, ${child}.id`),
    },
  },
});

export const EVENT_SESSION_READ = defineReadType({
  name: 'EventSession',
  entity: EventSession,
  visible: programmeVisible,
  fields: {
    speakers: {
      kind: 'many',
      type: 'Contact',
      where: (parent, child) =>
        raw(`EXISTS (SELECT 1 FROM event_session_speakers s WHERE s.session_id = ${parent}.id AND s.contact_id = ${child}.id)`),
      orderBy: (child) => raw(`${child}.last_name, ${child}.first_name, ${child}.id`),
    },
  },
});

export const LABEL_READ = defineReadType({
  name: 'Label',
  entity: Label,
  visible: programmeVisible,
  fields: {
    awards: {
      kind: 'many',
      type: 'LabelAward',
      where: (parent, child) => raw(`${child}.label_id = ${parent}.id`),
      orderBy: (child) => awardOrder(child),
    },
  },
});

/** An award is seen with the collectivity that received it. */
export const LABEL_AWARD_READ = defineReadType({
  name: 'LabelAward',
  entity: LabelAward,
  visible: (caller, row) =>
    allVisible(programmeVisible(caller), visibleRelated(caller, 'Collectivity', raw(`${row}.collectivity_id`))),
  fields: {
    label: rowById('Label', 'label_id'),
    collectivity: collectivityById(),
    event: eventById(),
  },
});

/** The name of the person if the caller may see them, else of the organisation. */
function displayName(caller: Caller, row: string): Sql {
  const person = visibleRelated(caller, 'Contact', raw(`${row}.contact_id`));
  const name = raw(`(SELECT c.first_name || ' ' || c.last_name FROM contacts c WHERE c.id = ${row}.contact_id)`);
  const personName = person === true ? name : person === false ? raw('NULL') : sql`CASE WHEN ${person} THEN ${name} END`;
  return sql`coalesce(${personName}, ${organisationDisplayName(row)}, CASE WHEN ${raw(row)}.contact_id IS NOT NULL THEN '—' ELSE '' END)`;
}

function organisationDisplayName(row: string): Sql {
  return raw(`CASE WHEN ${row}.collectivity_id IS NOT NULL THEN (SELECT o.name FROM collectivities o WHERE o.id = ${row}.collectivity_id)
    WHEN ${row}.partner_id IS NOT NULL THEN (SELECT o.name FROM partners o WHERE o.id = ${row}.partner_id)
    ELSE ${row}.organisation_name END`);
}

/**
 * Participations: the staff and events:read integrations see every one (the person behind it
 * only as they may see contacts); a group president those of his groups' members.
 */
export const PARTICIPATION_READ = defineReadType({
  name: 'Participation',
  entity: Participation,
  sync: 'tracked',
  visible: (caller, row) => {
    if (caller.kind === 'STAFF') return true;
    if (caller.kind === 'TOKEN') return hasScope(caller, 'events:read');
    if (caller.kind !== 'PRESIDENT') return false;
    return sql`${raw(row)}.collectivity_id IN (${presidedCollectivityIds(caller)})`;
  },
  fields: {
    event: eventById(),
    contact: contactById(),
    collectivity: collectivityById(),
    partner: partnerById(),
    organisationDisplayName: { kind: 'value', sql: (row) => organisationDisplayName(row) },
    displayName: { kind: 'value', sql: (row, _args, caller) => displayName(caller, row) },
  },
});

extendReadType('Collectivity', {
  participations: {
    kind: 'many',
    type: 'Participation',
    where: (parent, child) => raw(`${child}.collectivity_id = ${parent}.id`),
    orderBy: byEditionNewestFirst,
  },
  labelAwards: {
    kind: 'many',
    type: 'LabelAward',
    where: (parent, child) => raw(`${child}.collectivity_id = ${parent}.id`),
    orderBy: (child) => awardOrder(child),
  },
});

extendReadType('Contact', {
  participations: {
    kind: 'many',
    type: 'Participation',
    where: (parent, child) => raw(`${child}.contact_id = ${parent}.id`),
    orderBy: byEditionNewestFirst,
  },
});

function awardOrder(child: string): Sql {
  return raw(
    `${child}.year DESC, (SELECT c.search_text FROM collectivities c WHERE c.id = ${child}.collectivity_id), ${child}.id`,
  );
}
