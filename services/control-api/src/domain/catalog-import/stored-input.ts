import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * The form an uploaded file is kept in on its job row: gzip. Catalogue files compress about
 * fivefold, and moving bytes through Prisma costs far more than (de)compressing them, which
 * runs off the event loop.
 */
export function packInput(bytes: Uint8Array): Promise<Buffer> {
  return gzipAsync(bytes, { level: 6 });
}

/** The text of a stored file (gzip as `packInput` writes it, or plain bytes). */
export async function unpackInput(stored: Uint8Array | null): Promise<string> {
  const bytes = stored ?? new Uint8Array();
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new TextDecoder().decode(gzipped ? await gunzipAsync(bytes) : bytes);
}
