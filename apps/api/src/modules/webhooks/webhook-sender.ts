import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/** At most this much of an answer is read: a receiver's answer is not ours to store. */
const MAX_ANSWER_BYTES = 4096;

export interface SendOutcome {
  ok: boolean;
  /** The HTTP status, null when no answer came. */
  statusCode: number | null;
  /** Why it failed: TIMEOUT, REDIRECT, HTTP_<status>, PRIVATE_ADDRESS, CONNECTION. */
  error: string | null;
}

export interface SenderOptions {
  timeoutMs: number;
  allowPrivateAddresses: boolean;
}

/**
 * POSTs a delivery: redirects are not followed (a failure), the answer is read up to a few KB and
 * dropped, the whole exchange is bounded by the timeout, and the address connected to is checked
 * after DNS resolution (request-filtering-agent), so a name that resolves to a private address
 * later is refused too.
 */
export class WebhookSender {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(private readonly options: SenderOptions) {
    const filter = { allowPrivateIPAddress: options.allowPrivateAddresses, keepAlive: false };
    this.httpAgent = new RequestFilteringHttpAgent(filter);
    this.httpsAgent = new RequestFilteringHttpsAgent(filter);
  }

  send(url: string, body: string, headers: Record<string, string>): Promise<SendOutcome> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    return new Promise<SendOutcome>((resolve) => {
      let settled = false;
      const settle = (outcome: SendOutcome) => {
        if (settled) return;
        settled = true;
        request.destroy();
        resolve(outcome);
      };
      const request = (secure ? https : http).request(
        target,
        {
          method: 'POST',
          agent: secure ? this.httpsAgent : this.httpAgent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
          signal,
        },
        (response) => {
          const statusCode = response.statusCode ?? 0;
          let read = 0;
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read >= MAX_ANSWER_BYTES) finish();
          });
          response.on('end', () => finish());
          response.on('error', () => finish());
          function finish() {
            response.destroy();
            if (statusCode >= 200 && statusCode < 300) settle({ ok: true, statusCode, error: null });
            else if (statusCode >= 300 && statusCode < 400) settle({ ok: false, statusCode, error: 'REDIRECT' });
            else settle({ ok: false, statusCode, error: `HTTP_${statusCode}` });
          }
        },
      );
      request.on('error', (error: Error) => {
        if (signal.aborted) settle({ ok: false, statusCode: null, error: 'TIMEOUT' });
        else if (/not allowed/i.test(error.message)) settle({ ok: false, statusCode: null, error: 'PRIVATE_ADDRESS' });
        else settle({ ok: false, statusCode: null, error: 'CONNECTION' });
      });
      request.end(body);
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
