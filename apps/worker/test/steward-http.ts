// A data steward's delivery over HTTP, as the library console makes it: log in, upload the
// file (`POST /api/uploads`), preview it, submit it (tRPC `feeds.preview`, `feeds.submit`).

/** What became of one delivery before any worker touched it. */
export type Delivery =
  | { batchId: string }
  /** The server refused it: its HTTP status and message (a file's error ends in `[feed.…]`). */
  | { refused: { step: 'upload' | 'preview' | 'submit'; status: number; message: string } };

export interface StewardClient {
  deliver(fileName: string, body: Buffer, datasetCode: string): Promise<Delivery>;
}

export async function loginAsSteward(baseUrl: string, username: string, password: string): Promise<StewardClient> {
  const login = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ');
  const timeout = () => AbortSignal.timeout(60_000);

  const trpc = async (procedure: string, input: unknown, method: 'GET' | 'POST') => {
    const url = method === 'GET' ? `${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}` : `${baseUrl}/trpc/${procedure}`;
    const response = await fetch(url, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify(input) : undefined,
      signal: timeout(),
    });
    const json = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
    return { status: response.status, data: json.result?.data, message: json.error?.message ?? '' };
  };

  return {
    async deliver(fileName, body, datasetCode) {
      const upload = await fetch(`${baseUrl}/api/uploads`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
        body: new Blob([new Uint8Array(body)]),
        signal: timeout(),
      });
      const uploaded = (await upload.json()) as { sha256?: string; error?: string };
      if (!upload.ok || !uploaded.sha256) return { refused: { step: 'upload', status: upload.status, message: uploaded.error ?? '' } };

      const file = { sha256: uploaded.sha256, fileName, datasetCode };
      const preview = await trpc('feeds.preview', file, 'GET');
      if (preview.status !== 200) return { refused: { step: 'preview', status: preview.status, message: preview.message } };
      const submit = await trpc('feeds.submit', file, 'POST');
      if (submit.status !== 200) return { refused: { step: 'submit', status: submit.status, message: submit.message } };
      return { batchId: (submit.data as { batchId: string }).batchId };
    },
  };
}

/** The `feed.…` code a refusal or a failed batch's error names. */
export function feedErrorCode(message: string | null | undefined): string | undefined {
  return /\[(feed\.[a-z_]+)\]\s*$/.exec(message ?? '')?.[1];
}
