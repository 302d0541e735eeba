import { Injectable } from '@nestjs/common';
import { BADGE_ROLE_COLOURS, ParticipationRole, ParticipationStatus } from '@territoria/domain';
import countries from 'i18n-iso-countries';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import QRCode from 'qrcode';
import { AppError, ErrorCode } from '../../../common/errors/app-errors.js';
import type { Actor } from '../../../common/access/actor.js';
import { DocumentQueries } from '../document-queries.js';
import type { RenderedDocument } from '../dues-letters/dues-letters.service.js';
import { fileName, renderPdf } from '../pdf.js';

interface BadgeParticipation {
  id: string;
  displayName: string;
  organisationDisplayName: string | null;
  role: ParticipationRole;
  countryCode: string | null;
}

const EVENT = `query BadgeEvent($id: ID!) { event(id: $id) { id title year editionNumber } }`;
const PARTICIPATIONS = `query BadgeParticipations($filter: ParticipationFilter, $sort: ParticipationSort, $page: PageInput) {
  participations(filter: $filter, sort: $sort, page: $page) {
    hasNextPage
    nodes { id displayName organisationDisplayName role countryCode }
  }
}`;

const ROLE_LABELS: Record<ParticipationRole, string> = {
  ATTENDEE: 'Participant',
  SPEAKER: 'Intervenant',
  ORGANISER: 'Organisation',
  PARTNER: 'Partenaire',
  FOREIGN_DELEGATION: 'Délégation étrangère',
  EMBASSY: 'Ambassade',
  PRESS: 'Presse',
};

/** Two columns of four badges on an A4 sheet (each about 92 × 68 mm, a common badge holder's). */
const COLUMNS = 2;
const ROWS = 4;
const BADGE_HEIGHT = 182;

/**
 * An edition's badges: name, organisation, country, a band of the role's colour, and a QR code
 * holding the participation's id, which the check-in desk scans. Everyone registered and not
 * cancelled, by name; read through the API as the caller.
 */
@Injectable()
export class BadgesService {
  constructor(private readonly queries: DocumentQueries) {}

  async render(eventId: string, actor: Actor): Promise<RenderedDocument> {
    const { event } = await this.queries.run<{ event: { title: string; year: number } }>(actor, EVENT, { id: eventId });
    const participations = await this.queries.all<BadgeParticipation>(
      actor,
      PARTICIPATIONS,
      {
        filter: {
          eventId,
          statuses: [ParticipationStatus.REGISTERED, ParticipationStatus.ATTENDED, ParticipationStatus.NO_SHOW],
        },
        sort: { field: 'NAME', direction: 'ASC' },
      },
      'participations',
    );
    if (participations.length === 0) {
      throw new AppError(ErrorCode.NOT_FOUND, 'Nobody is registered for this edition: no badge to print.', [], {
        reason: 'NO_PARTICIPANTS',
      });
    }
    const badges = await Promise.all(participations.map((participation) => badge(participation, event.title)));
    const pages: Content[] = [];
    for (let start = 0; start < badges.length; start += COLUMNS * ROWS) {
      const sheet = badges.slice(start, start + COLUMNS * ROWS);
      const rows: TableCell[][] = [];
      for (let row = 0; row < sheet.length; row += COLUMNS) {
        rows.push(Array.from({ length: COLUMNS }, (_, column) => sheet[row + column] ?? ''));
      }
      pages.push({
        pageBreak: start > 0 ? 'before' : undefined,
        table: { widths: ['*', '*'], heights: BADGE_HEIGHT, dontBreakRows: true, body: rows },
        layout: {
          hLineColor: '#bbbbbb',
          vLineColor: '#bbbbbb',
          hLineStyle: () => ({ dash: { length: 3 } }),
          vLineStyle: () => ({ dash: { length: 3 } }),
        },
      });
    }
    const content = await renderPdf({
      info: { title: `Badges — ${event.title}` },
      pageMargins: [28, 40, 28, 40],
      content: pages,
    });
    return { content, fileName: fileName('badges', event.title) };
  }
}

async function badge(participation: BadgeParticipation, eventTitle: string): Promise<TableCell> {
  const qr = await QRCode.toDataURL(participation.id, { errorCorrectionLevel: 'M', margin: 2, scale: 4 });
  const colour = BADGE_ROLE_COLOURS[participation.role];
  const country = participation.countryCode
    ? (countries.getName(participation.countryCode, 'fr') ?? participation.countryCode)
    : '';
  return {
    stack: [
      {
        table: {
          widths: ['*'],
          body: [
            [
              {
                text: ROLE_LABELS[participation.role].toUpperCase(),
                color: 'white',
                bold: true,
                fillColor: colour,
                margin: [6, 3, 6, 3],
              },
            ],
          ],
        },
        layout: 'noBorders',
      },
      { text: eventTitle, fontSize: 8, color: '#666666', margin: [6, 4, 6, 0] },
      {
        columns: [
          {
            width: '*',
            margin: [6, 10, 4, 0],
            stack: [
              { text: participation.displayName, fontSize: 16, bold: true },
              { text: participation.organisationDisplayName ?? '', fontSize: 11, margin: [0, 6, 0, 0] },
              { text: country, fontSize: 10, color: '#444444', margin: [0, 4, 0, 0] },
            ],
          },
          { width: 96, image: qr, fit: [92, 92], margin: [0, 8, 6, 0] },
        ],
      },
    ],
  };
}
