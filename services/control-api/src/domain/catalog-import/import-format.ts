import { isUtf8 } from 'node:buffer';
import { AppError } from '../../errors.js';

export type ImportFormat = 'csv' | 'json';

const MEDIA_TYPES: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/json': 'json',
};

/** The format a Content-Type announces; anything but CSV or JSON in UTF-8 is a 415. */
export function importFormatOf(contentType: string | undefined): ImportFormat {
  const [mediaType = '', ...parameters] = (contentType ?? '').toLowerCase().split(';');
  const format = MEDIA_TYPES[mediaType.trim()];
  const charset = parameters
    .map((parameter) => parameter.trim())
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replaceAll('"', '');
  if (!format || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new AppError(
      'unsupported_media_type',
      'Send the catalogue as text/csv or application/json, in UTF-8.',
      {
        details: [
          { path: 'headers.content-type', message: `${contentType ?? 'none'} is not accepted` },
        ],
      },
    );
  }
  return format;
}

/** The text of an uploaded file; binary content or an empty file is refused (400). */
export function decodeImportText(bytes: Uint8Array | undefined): string {
  const buffer = bytes
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : Buffer.alloc(0);
  if (!isUtf8(buffer)) {
    throw new AppError('invalid_request', 'The file is not UTF-8 text.', {
      details: [{ path: 'body', message: 'is not valid UTF-8 (a binary file?)' }],
    });
  }
  if (buffer.includes(0)) {
    throw new AppError('invalid_request', 'The file is not text.', {
      details: [{ path: 'body', message: 'contains NUL bytes (a binary file?)' }],
    });
  }
  const text = buffer.toString('utf8');
  if (!/[^\s\uFEFF]/.test(text)) {
    throw new AppError('invalid_request', 'The file is empty.', {
      details: [{ path: 'body', message: 'has no content' }],
    });
  }
  return text;
}

/**
 * The format of stored file text: JSON starts with `[` or `{`, which no accepted CSV header
 * can (its first column would be unknown). The job row keeps the bytes only, so the worker
 * tells the format this way.
 */
export function sniffFormat(text: string): ImportFormat {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}
