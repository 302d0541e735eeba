/**
 * A webhook receiver: a small HTTP server that accepts Territoria's deliveries only when their
 * Standard Webhooks signature is right (and recent), and hands each event to `onEvent`.
 *
 *   WEBHOOK_SECRET=whsec_… PORT=8787 npx tsx packages/client/examples/webhook-receiver.ts
 *
 * Register http://<this host>:8787/ as a webhook endpoint in the console (Webhooks) or with the
 * createWebhookEndpoint mutation, and paste the secret it shows once.
 */
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

export interface WebhookEvent {
  /** e.g. collectivity.updated, membership.changed, contact.erased, dues.paid */
  type: string;
  timestamp: string;
  data: { id: string; entityType: string; changedFields?: string[]; object?: Record<string, unknown> };
}

export interface ReceiverOptions {
  /** The endpoint's signing secret (whsec_…). */
  secret: string;
  onEvent: (event: WebhookEvent, webhookId: string) => void | Promise<void>;
  /** Larger bodies are refused (Territoria's payloads are a few KB). */
  maxBodyBytes?: number;
}

export function createWebhookReceiver({ secret, onEvent, maxBodyBytes = 1024 * 1024 }: ReceiverOptions): Server {
  const webhook = new Webhook(secret);
  // The same delivery may come twice (a retry after a lost answer): its webhook-id tells.
  const seen = new Set<string>();
  return createServer((request, response) => {
    if (request.method !== 'POST') return void response.writeHead(405).end();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let event: WebhookEvent;
      try {
        // Checks the HMAC-SHA256 of "id.timestamp.body" and that the timestamp is within 5 minutes.
        event = webhook.verify(body, request.headers as Record<string, string>) as WebhookEvent;
      } catch (error) {
        response.writeHead(error instanceof WebhookVerificationError ? 401 : 400).end();
        return;
      }
      const id = String(request.headers['webhook-id']);
      try {
        if (!seen.has(id)) await onEvent(event, id);
        seen.add(id);
        response.writeHead(204).end();
      } catch {
        // Any answer but 2xx makes Territoria try again later, with backoff.
        response.writeHead(500).end();
      }
    });
  });
}

// Run as a script: print each verified event.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) throw new Error('Set WEBHOOK_SECRET to the secret shown when the endpoint was registered.');
  const port = Number(process.env.PORT ?? 8787);
  createWebhookReceiver({
    secret,
    onEvent: (event, id) => console.log(`${event.timestamp} ${event.type} ${event.data.entityType} ${event.data.id} (${id})`),
  }).listen(port, () => console.log(`Listening for webhooks on port ${port}`));
}
