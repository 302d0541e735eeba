/** The events scenario: an edition of 15,000 participations, its statistics, a page with names, check-in search and an import. */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../common/access/actor.js';
import { ParticipationImportService } from '../modules/events/import/participation-import.service.js';
import { removeBenchEdition, seedBenchEdition } from './bench-edition.js';
import { median, percentile, round } from './bench-stats.js';
import { progress, sampleLatency, type Target } from './bench-target.js';
import { STATISTICS_QUERY } from './full-scale.js';

const BENCH_PARTICIPATIONS = 15_000;
const PARTICIPATIONS_QUERY = `query BenchParticipations($id: ID!) {
  participations(filter: { eventId: $id }, sort: { field: NAME }, page: { limit: 100 }) {
    totalCount nodes { id displayName organisationDisplayName role status countryCode checkedInAt contact { email } }
  }
}`;
const CHECK_IN_SEARCH_QUERY = `query BenchCheckInSearch($id: ID!, $s: String!) {
  participations(filter: { eventId: $id, search: $s }, page: { limit: 20 }) { nodes { id displayName organisationDisplayName status } }
}`;

export interface EventFigures {
  request: string;
  medianMs: number;
  p95Ms: number;
  serverMedianMs: number;
}

export async function measureEvents(target: Target): Promise<EventFigures[]> {
  if (!target.app) {
    progress('events: needs the app started by the bench (no --url): skipped');
    return [];
  }
  const dataSource = target.app.get(DataSource);
  progress(`events: writing an edition of ${BENCH_PARTICIPATIONS} participations`);
  const eventId = await dataSource.transaction((manager) => seedBenchEdition(manager, BENCH_PARTICIPATIONS));
  try {
    const baseline = median(await sampleLatency(target.url, JSON.stringify({ query: '{ eventSeries { id } }' })));
    const figures: EventFigures[] = [];
    const requests: Array<[string, object]> = [
      [`statistics of ${BENCH_PARTICIPATIONS} participations`, { query: STATISTICS_QUERY, variables: { id: eventId } }],
      ['page of 100 participations with names', { query: PARTICIPATIONS_QUERY, variables: { id: eventId } }],
      ['check-in search "marti" (20)', { query: CHECK_IN_SEARCH_QUERY, variables: { id: eventId, s: 'marti' } }],
    ];
    figures.push(...(await measureImport(target.app, eventId)));
    for (const [request, body] of requests) {
      const samples = await sampleLatency(target.url, JSON.stringify(body));
      const row = {
        request,
        medianMs: round(median(samples), 2),
        p95Ms: round(percentile(samples, 95), 2),
        serverMedianMs: round(median(samples) - baseline, 2),
      };
      progress(
        `events: ${request}: median ${row.medianMs} ms (p95 ${row.p95Ms}), beyond a trivial query ${row.serverMedianMs} ms`,
      );
      figures.push(row);
    }
    return figures;
  } finally {
    await dataSource.transaction((manager) => removeBenchEdition(manager, eventId));
  }
}

const IMPORT_ROWS = 2_000;
/**
 * A registration list of 2,000 new people from two communes, previewed five times then committed
 * once, through the import service in the server's process (importing is for signed-in staff,
 * which the bench's read-only token is not).
 */
async function measureImport(app: NestFastifyApplication, eventId: string): Promise<EventFigures[]> {
  const header = 'Civilité;Prénom;Nom;E-mail;Organisation;Code;Pays;Rôle';
  const lines = Array.from({ length: IMPORT_ROWS }, (_, index) =>
    [
      'Mme',
      'Inscrite',
      `Numéro ${index}`,
      `participant.${3_000_000 + index}@rencontres.example`,
      '',
      index % 7 ? '75056' : '21231',
      'France',
      'Participante',
    ].join(';'),
  );
  const input = {
    eventId,
    fileName: 'bench.csv',
    contentBase64: Buffer.from(`\uFEFF${header}\n${lines.join('\n')}\n`).toString('base64'),
  };
  const service = app.get(ParticipationImportService);
  const previews: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const preview = await service.preview(input);
    previews.push(performance.now() - started);
    if (preview.counts.ready !== IMPORT_ROWS) throw new Error(`import preview: ${JSON.stringify(preview.counts)}`);
  }
  const started = performance.now();
  const result = await service.commit(input, SYSTEM_ACTOR);
  const commitMs = performance.now() - started;
  if (result.participationsCreated !== IMPORT_ROWS)
    throw new Error(`import: ${result.participationsCreated} participations created, ${IMPORT_ROWS} expected`);
  progress(
    `events: import of ${IMPORT_ROWS} lines: preview median ${round(median(previews), 1)} ms, commit ${round(commitMs, 1)} ms`,
  );
  return [
    {
      request: `import preview, ${IMPORT_ROWS} lines (in process)`,
      medianMs: round(median(previews), 2),
      p95Ms: round(Math.max(...previews), 2),
      serverMedianMs: round(median(previews), 2),
    },
    {
      request: `import commit, ${IMPORT_ROWS} lines (in process, once)`,
      medianMs: round(commitMs, 2),
      p95Ms: round(commitMs, 2),
      serverMedianMs: round(commitMs, 2),
    },
  ];
}
