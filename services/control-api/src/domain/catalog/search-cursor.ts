import { AppError } from '../../errors.js';

/**
 * Where the next page starts. `stage` remembers which of the search's attempts produced the
 * first page, so later pages never switch strategy. Relevance orders page by offset (scores
 * are not a stable key); price orders by keyset (price, id).
 */
export type SearchCursor =
  | { stage: number; offset: number }
  | { stage: number; price: number; id: string };

/** Opaque cursor text. */
export function encodeSearchCursor(cursor: SearchCursor): string {
  const text =
    'offset' in cursor
      ? `${cursor.stage}|o|${cursor.offset}`
      : `${cursor.stage}|k|${cursor.price}|${cursor.id}`;
  return Buffer.from(text).toString('base64url');
}

/** Reads a cursor back; anything we did not make is a 400. */
export function decodeSearchCursor(text: string): SearchCursor {
  const [stage, kind, a, b] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const stageNumber = Number(stage);
  const number = Number(a);
  if (Number.isInteger(stageNumber) && Number.isInteger(number) && number >= 0) {
    if (kind === 'o') return { stage: stageNumber, offset: number };
    if (kind === 'k' && b) return { stage: stageNumber, price: number, id: b };
  }
  throw new AppError('invalid_request', 'The cursor is not valid.', {
    details: [{ path: 'querystring.cursor', message: 'use the nextCursor of a previous page' }],
  });
}
