import { useCallback, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';

/** The API's document downloads (apps/api/src/modules/documents), signed in by the session cookie. */
export const documentUrls = {
  duesCall: (feeId: string) => `/documents/dues-letters/${feeId}.pdf`,
  receipt: (feeId: string) => `/documents/dues-receipts/${feeId}.pdf`,
  yearCalls: (year: number) => `/documents/dues-letters?year=${year}`,
  yearReceipts: (year: number) => `/documents/dues-receipts?year=${year}`,
  badges: (eventId: string) => `/documents/badges/${eventId}.pdf`,
};

interface RefusalBody {
  errors?: { extensions?: { code?: string; reason?: string } & Record<string, unknown> }[];
}

/** The name the server gave the file (Content-Disposition), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
}

/**
 * Fetches a document and saves it under its name; a refusal is worded from its reason or code
 * (`documents.errors.*`), never from the server's English sentence.
 */
export function useDownload() {
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const download = useCallback(
    async (url: string, fallbackName: string) => {
      setBusy(true);
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as RefusalBody;
          const extensions = body.errors?.[0]?.extensions ?? {};
          const key = [extensions.reason, extensions.code].find(
            (candidate) => candidate && translate(`documents.errors.${candidate}`, { _: '' }) !== '',
          );
          notify(`documents.errors.${key ?? 'default'}`, { type: 'error', messageArgs: extensions });
          return;
        }
        const link = document.createElement('a');
        link.href = URL.createObjectURL(await response.blob());
        link.download = fileNameOf(response, fallbackName);
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      } catch {
        notify('documents.errors.default', { type: 'error' });
      } finally {
        setBusy(false);
      }
    },
    [notify, translate],
  );
  return { download, busy };
}
