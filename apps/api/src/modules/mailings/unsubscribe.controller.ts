import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { UNSUBSCRIBE_PATH } from './mail-composer.js';
import { UnsubscribeService, type UnsubscribeOutcome } from './unsubscribe.service.js';

/** The pages a person reaches from a message, in French: the network's language. */
const PAGES: Record<UnsubscribeOutcome | 'CONFIRM', string> = {
  CONFIRM:
    'Vous ne souhaitez plus recevoir nos messages ? <form method="post"><button type="submit">Me désabonner</button></form>',
  UNSUBSCRIBED: 'C’est fait : vous ne recevrez plus nos messages.',
  ALREADY: 'Vous êtes déjà désabonné(e) : vous ne recevrez plus nos messages.',
  INVALID: 'Ce lien de désabonnement n’est pas valide. Écrivez-nous pour ne plus recevoir nos messages.',
};

const page = (reply: FastifyReply, status: number, content: string) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Désabonnement</title><body style="font-family:sans-serif;max-width:40em;margin:3em auto"><p>${content}</p></body></html>`,
    );

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs to the link; a person opening it in a
 * browser GETs a page asking to confirm, since link checkers open links on their own.
 */
@Controller(UNSUBSCRIBE_PATH.slice(1))
export class UnsubscribeController {
  constructor(private readonly unsubscribes: UnsubscribeService) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    await ((await this.unsubscribes.isValid(token)) ? page(reply, 200, PAGES.CONFIRM) : page(reply, 400, PAGES.INVALID));
  }

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const outcome = await this.unsubscribes.unsubscribe(token);
    await page(reply, outcome === 'INVALID' ? 400 : 200, PAGES[outcome]);
  }
}
