import { Injectable } from '@nestjs/common';
import { calendarDate, type DuesLetterKind, FeeStatus } from '@territoria/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { AppError, ErrorCode, NotFoundError } from '../../../common/errors/app-errors.js';
import type { Actor } from '../../../common/access/actor.js';
import { DocumentQueries } from '../document-queries.js';
import { eurosInWords, formatEuros, longDate } from '../french-amounts.js';
import type { LetterheadEntity } from '../letterhead/letterhead.entity.js';
import { LetterheadService } from '../letterhead/letterhead.service.js';
import { fileName, letterheadBlock, renderPdf, signatureBlock } from '../pdf.js';

export interface DuesLetterFee {
  id: string;
  year: number;
  amountCents: number;
  computation: string;
  status: FeeStatus;
  invoicedOn: string;
  dueOn: string;
  paidOn: string | null;
  paymentReference: string | null;
  collectivity: { id: string; name: string; address: string | null; postalCodes: string[] };
}

export interface RenderedDocument {
  fileName: string;
  content: Buffer;
}

const FEES = `query DuesLetterFees($filter: MembershipFeeFilter, $page: PageInput) {
  membershipFees(filter: $filter, page: $page) {
    hasNextPage
    nodes { id year amountCents computation status invoicedOn dueOn paidOn paymentReference collectivity { id name address postalCodes } }
  }
}`;

/** Which dues each kind of letter is for. */
const STATUSES: Record<DuesLetterKind, FeeStatus[]> = {
  CALL: [FeeStatus.INVOICED, FeeStatus.LATE],
  RECEIPT: [FeeStatus.PAID],
};

/** The reference printed on a letter and quoted with a payment: the year and the dues' id. */
export function duesReference(fee: Pick<DuesLetterFee, 'id' | 'year'>): string {
  return `COT-${fee.year}-${fee.id.slice(0, 8).toUpperCase()}`;
}

/**
 * Dues calls and receipts as PDF, one per collectivity or a whole year's in one file. The dues
 * are read through the API as the caller (DocumentQueries): staff only, as the dues list is.
 */
@Injectable()
export class DuesLettersService {
  constructor(
    private readonly queries: DocumentQueries,
    private readonly letterheads: LetterheadService,
  ) {}

  /** One collectivity's letter for these dues (NOT_FOUND when the caller may not see them). */
  async renderOne(feeId: string, kind: DuesLetterKind, actor: Actor): Promise<RenderedDocument> {
    const [fee] = await this.queries.all<DuesLetterFee>(actor, FEES, { filter: { ids: [feeId] } }, 'membershipFees');
    if (!fee) throw new NotFoundError('MembershipFee', feeId);
    if (!STATUSES[kind].includes(fee.status)) {
      const reason = kind === 'RECEIPT' ? 'FEE_NOT_PAID' : 'FEE_NOT_DUE';
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        kind === 'RECEIPT' ? 'A receipt is for paid dues only.' : 'These dues are not to be paid (paid or waived).',
        [],
        { reason, status: fee.status },
      );
    }
    const content = await this.render([fee], kind);
    return {
      content,
      fileName: fileName(kind === 'CALL' ? 'appel-cotisation' : 'recu-cotisation', fee.year, fee.collectivity.name),
    };
  }

  /** The year's calls (dues unpaid) or receipts (dues paid), one letter a page or more, by collectivity name. */
  async renderYear(year: number, kind: DuesLetterKind, actor: Actor): Promise<RenderedDocument> {
    const fees = await this.queries.all<DuesLetterFee>(
      actor,
      FEES,
      { filter: { year, statuses: STATUSES[kind] } },
      'membershipFees',
    );
    if (fees.length === 0) {
      throw new AppError(ErrorCode.NOT_FOUND, `No dues of ${year} to print.`, [], { reason: 'NO_DUES', year });
    }
    const content = await this.render(fees, kind);
    return { content, fileName: fileName(kind === 'CALL' ? 'appels-cotisation' : 'recus-cotisation', year) };
  }

  private async render(fees: DuesLetterFee[], kind: DuesLetterKind): Promise<Buffer> {
    const letterhead = await this.letterheads.current();
    const today = calendarDate();
    const document: TDocumentDefinitions = {
      info: { title: kind === 'CALL' ? 'Appel de cotisation' : 'Reçu de cotisation', author: letterhead.organisationName },
      pageMargins: [50, 50, 50, 50],
      content: fees.map((fee, index) => letter(fee, kind, letterhead, today, index > 0)),
    };
    return renderPdf(document);
  }
}

function letter(
  fee: DuesLetterFee,
  kind: DuesLetterKind,
  letterhead: LetterheadEntity,
  today: string,
  newPage: boolean,
): Content {
  const amount = formatEuros(fee.amountCents);
  const words = eurosInWords(fee.amountCents);
  const reference = duesReference(fee);
  const organisation = letterhead.organisationName || "l'association";
  const body: Content[] =
    kind === 'CALL'
      ? [
          `Nous vous remercions de votre adhésion à ${organisation} et vous prions de trouver ci-dessous l'appel de la cotisation de ${fee.collectivity.name} pour l'année ${fee.year}.`,
          `Nous vous remercions de bien vouloir la régler avant le ${longDate(fee.dueOn)}, en rappelant la référence ${reference}.`,
        ]
      : [
          `${organisation} reconnaît avoir reçu de ${fee.collectivity.name} la somme de ${amount} (${words}) au titre de la cotisation ${fee.year}, réglée le ${longDate(fee.paidOn!)}${fee.paymentReference ? ` (paiement ${fee.paymentReference})` : ''}.`,
          'Nous vous remercions de votre soutien.',
        ];
  return {
    pageBreak: newPage ? 'before' : undefined,
    stack: [
      letterheadBlock(letterhead),
      {
        margin: [280, 30, 0, 0],
        stack: [{ text: fee.collectivity.name, bold: true }, ...(fee.collectivity.address ? [fee.collectivity.address] : [])],
      },
      { text: `Le ${longDate(today)}`, margin: [280, 24, 0, 0] },
      { text: `Référence : ${reference}`, margin: [0, 24, 0, 0] },
      { text: `Objet : ${kind === 'CALL' ? 'appel de cotisation' : 'reçu de cotisation'} ${fee.year}`, bold: true },
      { text: 'Madame, Monsieur,', margin: [0, 18, 0, 8] },
      ...body.map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 8] as [number, number, number, number] })),
      {
        margin: [0, 8, 0, 8],
        table: {
          widths: ['*', 'auto'],
          body: [
            [
              { text: 'Désignation', bold: true },
              { text: 'Montant', bold: true, alignment: 'right' },
            ],
            [
              { stack: [`Cotisation ${fee.year}`, { text: fee.computation, fontSize: 9, color: '#444444' }] },
              { text: amount, alignment: 'right' },
            ],
            [
              { text: kind === 'CALL' ? 'Total à régler' : 'Total réglé', bold: true },
              { text: amount, bold: true, alignment: 'right' },
            ],
          ],
        },
      },
      { text: `Soit ${words}.`, italics: true },
      {
        text: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
        margin: [0, 16, 0, 0],
      },
      signatureBlock(letterhead),
    ],
  };
}
