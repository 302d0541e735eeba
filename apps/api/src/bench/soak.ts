/**
 * Soak: many staff sessions reading and updating at once, a share of the updates on the same
 * few records with the versions they read, to show that nothing fails but stale saves
 * (CONFLICT) and that no accepted update is lost: each is in the audit trail, and each record's
 * final version is its first one plus its accepted updates.
 */
import { Role } from '@territoria/domain';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../common/access/actor.js';
import { AuthService, SESSION_COOKIE } from '../modules/auth/auth.service.js';
import { UsersService } from '../modules/users/users.service.js';
import { percentile, round } from './bench-stats.js';

export interface SoakFigures {
  clients: number;
  seconds: number;
  requests: number;
  reads: number;
  updatesAccepted: number;
  conflicts: number;
  /** Answers that were neither data nor a CONFLICT: must be 0. */
  errors: number;
  errorSamples: string[];
  /** Accepted updates missing from the audit trail or from the records' versions: must be 0. */
  lostUpdates: number;
  readP50Ms: number;
  readP95Ms: number;
  updateP50Ms: number;
  updateP95Ms: number;
}

/** The records every client fights over, and the share of operations that are updates. */
const HOT_RECORDS = 5;
const UPDATE_SHARE = 0.3;

const READ_ONE =
  'query($id: ID!) { collectivity(id: $id) { id name version notes membershipStatus department { name } groups { name } } }';
const READ_LIST = `query($offset: Int!) { collectivities(filter: { membershipStatuses: [MEMBER] }, sort: { field: NAME }, page: { offset: $offset, limit: 25 }) {
  totalCount nodes { id name department { name } } } }`;
const UPDATE =
  'mutation($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { id version } }';

export async function runSoak(
  app: NestFastifyApplication,
  url: string,
  clients: number,
  seconds: number,
  progress: (message: string) => void,
): Promise<SoakFigures> {
  const dataSource = app.get(DataSource);
  // The staff update; a session per client, as people at their desks.
  const email = `soak-${randomBytes(4).toString('hex')}@bench.local`;
  const password = randomBytes(18).toString('base64url');
  await app.get(UsersService).create({ email, displayName: 'Soak', role: Role.STAFF, password }, SYSTEM_ACTOR);
  // Sessions opened by the service: the sign-in rate limit would (rightly) stop 20 sign-ins in a row.
  const sessions: string[] = [];
  for (let client = 0; client < clients; client++)
    sessions.push(`${SESSION_COOKIE}=${(await app.get(AuthService).signIn(email, password)).secret}`);

  const hot: { id: string; version: number }[] = await dataSource.query(
    `SELECT id, version FROM collectivities WHERE kind = 'COMMUNE' ORDER BY population DESC NULLS LAST, id LIMIT ${HOT_RECORDS}`,
  );
  const started = new Date();
  const accepted = new Map<string, number>(hot.map((row) => [row.id, 0]));
  const figures = { requests: 0, reads: 0, conflicts: 0, errors: 0, errorSamples: [] as string[] };
  const readTimes: number[] = [];
  const updateTimes: number[] = [];
  const ask = async (cookie: string, query: string, variables: Record<string, unknown>, times: number[]) => {
    const begun = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { version?: number }> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    times.push(performance.now() - begun);
    figures.requests++;
    return body;
  };
  const noteError = (what: string) => {
    figures.errors++;
    if (figures.errorSamples.length < 5) figures.errorSamples.push(what);
  };

  progress(
    `soak: ${clients} clients for ${seconds} s, ${Math.round(UPDATE_SHARE * 100)} % updates on ${HOT_RECORDS} shared records`,
  );
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (cookie, client) => {
      let round_ = 0;
      while (Date.now() < deadline) {
        round_++;
        const record = hot[(client + round_) % hot.length]!;
        if (Math.random() < UPDATE_SHARE) {
          // Read, then save with the version read: a colleague may have saved in between.
          const read = await ask(cookie, READ_ONE, { id: record.id }, readTimes);
          const version = read.data?.['collectivity']?.version;
          if (version === undefined) {
            noteError(`read before update: ${JSON.stringify(read.errors ?? read.data)}`);
            continue;
          }
          const saved = await ask(
            cookie,
            UPDATE,
            { id: record.id, input: { notes: `Soak ${client}.${round_}`, version } },
            updateTimes,
          );
          if (saved.data?.['updateCollectivity']) accepted.set(record.id, accepted.get(record.id)! + 1);
          else if (saved.errors?.[0]?.extensions?.code === 'CONFLICT') figures.conflicts++;
          else noteError(`update: ${JSON.stringify(saved.errors)}`);
        } else {
          const list = Math.random() < 0.5;
          const answer = list
            ? await ask(cookie, READ_LIST, { offset: (client * 25) % 500 }, readTimes)
            : await ask(cookie, READ_ONE, { id: record.id }, readTimes);
          figures.reads++;
          if (answer.errors) noteError(`read: ${JSON.stringify(answer.errors)}`);
        }
      }
    }),
  );

  // Every accepted update is in the journal, and the versions add up.
  let lostUpdates = 0;
  for (const record of hot) {
    const [row] = (await dataSource.query(
      `SELECT c.version, (SELECT count(*)::int FROM audit_entries a
         WHERE a.entity_type = 'Collectivity' AND a.entity_id = c.id AND a.action = 'UPDATE' AND a.at >= $2) AS traced
       FROM collectivities c WHERE c.id = $1`,
      [record.id, started],
    )) as { version: number; traced: number }[];
    const count = accepted.get(record.id)!;
    lostUpdates += Math.max(count - row!.traced, 0) + Math.abs(row!.version - record.version - count);
  }
  await dataSource.query(`UPDATE users SET active = false WHERE email = $1`, [email]);
  return {
    clients,
    seconds,
    ...figures,
    updatesAccepted: [...accepted.values()].reduce((sum, count) => sum + count, 0),
    lostUpdates,
    readP50Ms: round(percentile(readTimes, 50)),
    readP95Ms: round(percentile(readTimes, 95)),
    updateP50Ms: round(percentile(updateTimes, 50)),
    updateP95Ms: round(percentile(updateTimes, 95)),
  };
}
