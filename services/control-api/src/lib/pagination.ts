import { AppError } from '../errors.js';

/** Keyset position of the last item of a page ordered by (createdAt desc, id desc). */
export interface Position {
  createdAt: Date;
  id: string;
}

/** Opaque cursor text for a position. */
export function encodeCursor(position: Position): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`).toString('base64url');
}

/** Reads a cursor back; a cursor that was not made by us is the caller's mistake (400). */
export function decodeCursor(cursor: string): Position {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new AppError('invalid_request', 'The cursor is not valid.', {
      details: [{ path: 'cursor', message: 'use the nextCursor of a previous page' }],
    });
  }
  return { createdAt, id };
}

/** Prisma `where` fragment selecting rows after a cursor, newest first. */
export function afterCursor(cursor: string | undefined) {
  if (!cursor) return {};
  const { createdAt, id } = decodeCursor(cursor);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/** Cuts the extra row fetched to learn whether a next page exists. */
export function toPage<T extends Position, V>(rows: T[], limit: number, view: (row: T) => V) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(view),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
