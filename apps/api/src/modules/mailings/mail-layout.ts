import mjml2html from 'mjml';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Paragraphs are separated by a blank line; a single line break stays a line break. */
const paragraphs = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

export interface MailParts {
  html: string;
  text: string;
}

/** Footer wording, in French: the network's language. */
const FOOTER = {
  reason: 'Vous recevez ce message en tant que contact du réseau.',
  unsubscribe: 'Se désabonner',
};

/**
 * The message's HTML (MJML: a layout mail clients, Outlook included, render alike) and text parts,
 * from the body already filled in, with the unsubscribe link at the bottom of both.
 */
export async function layoutMail(subject: string, body: string, unsubscribeUrl: string | null): Promise<MailParts> {
  const blocks = paragraphs(body)
    .map((paragraph) => `<mj-text font-size="15px" line-height="1.5">${escapeHtml(paragraph).replace(/\n/g, '<br />')}</mj-text>`)
    .join('\n');
  const footer = unsubscribeUrl
    ? `<mj-text font-size="12px" color="#666666">${FOOTER.reason} <a href="${escapeHtml(unsubscribeUrl)}">${FOOTER.unsubscribe}</a></mj-text>`
    : '';
  const { html, errors } = await mjml2html(
    `<mjml lang="fr"><mj-head><mj-title>${escapeHtml(subject)}</mj-title></mj-head><mj-body background-color="#f4f4f4">
      <mj-section background-color="#ffffff"><mj-column>${blocks}</mj-column></mj-section>
      <mj-section><mj-column>${footer}</mj-column></mj-section></mj-body></mjml>`,
    { validationLevel: 'soft', fonts: {} },
  );
  if (errors.length > 0) throw new Error(`Mail layout: ${errors.map((error) => error.formattedMessage).join('; ')}`);
  const text = [
    paragraphs(body).join('\n\n'),
    unsubscribeUrl ? `--\n${FOOTER.reason}\n${FOOTER.unsubscribe} : ${unsubscribeUrl}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { html, text };
}
