import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Role } from '@territoria/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../auth/auth.service.js';
import { MailTransport } from './mail-transport.js';

export const MAIL_CATCHER_PATH = '/mail-catcher';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The embedded mail catcher's page: what would have gone out, for the signed-in staff only. */
@Controller(MAIL_CATCHER_PATH.slice(1))
export class MailCatcherController {
  constructor(
    private readonly transport: MailTransport,
    private readonly auth: AuthService,
  ) {}

  @Get()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const messages = await this.messages(request, reply);
    if (!messages) return;
    const rows = messages
      .map(
        (mail) => `<tr><td>${escapeHtml(mail.receivedAt)}</td><td>${escapeHtml(mail.to.join(', '))}</td>
          <td><a href="${MAIL_CATCHER_PATH}/${mail.id}">${escapeHtml(mail.subject)}</a></td>
          <td>${mail.attachments.map((file) => `${escapeHtml(file.fileName)} (${Math.ceil(file.sizeBytes / 1024)} ko)`).join('<br>')}</td></tr>`,
      )
      .join('');
    await reply.type('text/html; charset=utf-8').send(
      `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Courriels interceptés</title><body style="font-family:sans-serif">
        <h1>Courriels interceptés</h1><p>Sans SMTP_URL, les courriels restent ici au lieu de partir (${messages.length}).</p>
        <table border="1" cellpadding="4" style="border-collapse:collapse"><thead><tr><th>Reçu</th><th>À</th><th>Objet</th><th>Pièces jointes</th></tr></thead><tbody>${rows}</tbody></table></body></html>`,
    );
  }

  @Get(':id')
  async show(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const messages = await this.messages(request, reply);
    if (!messages) return;
    const mail = messages.find((message) => message.id === id);
    if (!mail) return void (await reply.code(404).type('text/plain').send('No such message.'));
    await reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
      .send(mail.html ?? `<pre>${escapeHtml(mail.text)}</pre>`);
  }

  private async messages(request: FastifyRequest, reply: FastifyReply) {
    const actor = await this.auth.authenticate(request);
    if (actor.kind !== 'USER' || (actor.role !== Role.ADMIN && actor.role !== Role.STAFF)) {
      await reply.code(401).type('text/plain').send('Sign in to the console as staff first.');
      return null;
    }
    const messages = await this.transport.caught();
    if (!messages) {
      await reply.code(404).type('text/plain').send('Mail goes to the SMTP server of SMTP_URL: there is no mail catcher.');
      return null;
    }
    return messages;
  }
}
