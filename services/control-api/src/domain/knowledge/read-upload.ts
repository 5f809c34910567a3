import {
  type KnowledgeContentType,
  knowledgeUploadJsonSchema,
  MAX_KNOWLEDGE_DOCUMENT_BYTES,
} from '@scenaro/api-contract';
import { AppError } from '../../errors.js';

/** A document to store, checked: a title, non-empty text within the size cap. */
export interface KnowledgeUpload {
  title: string;
  content: string;
  contentType: KnowledgeContentType;
}

/** Media types a raw upload may have, and the content type each is stored as. */
const RAW_TYPES: Record<string, KnowledgeContentType> = {
  'text/markdown': 'text/markdown',
  'text/x-markdown': 'text/markdown',
  'text/plain': 'text/plain',
};

/** The stored content type of a raw upload, or undefined when the body is not raw text. */
export function rawContentType(header: string | undefined): KnowledgeContentType | undefined {
  const type = header?.split(';')[0]?.trim().toLowerCase();
  return type ? RAW_TYPES[type] : undefined;
}

/**
 * Reads an upload: JSON `{ title, content, contentType }`, or raw Markdown / plain text with the
 * title in `?title=`. Refuses (before anything is written) a missing title, empty or binary
 * content (400) and content over the size cap (413).
 */
export function readUpload({
  contentTypeHeader,
  body,
  queryTitle,
}: {
  contentTypeHeader: string | undefined;
  body: unknown;
  queryTitle: string | undefined;
}): KnowledgeUpload {
  const raw = rawContentType(contentTypeHeader);
  let upload: KnowledgeUpload;
  if (raw) {
    if (!queryTitle) {
      throw new AppError('invalid_request', 'A raw upload needs its title in ?title=.', {
        details: [{ path: 'querystring.title', message: 'is required with a raw text body' }],
      });
    }
    upload = { title: queryTitle, content: typeof body === 'string' ? body : '', contentType: raw };
  } else {
    const parsed = knowledgeUploadJsonSchema.safeParse(body ?? {});
    if (!parsed.success) {
      throw new AppError('invalid_request', 'The request is not valid.', {
        details: parsed.error.issues.map((issue) => ({
          path: ['body', ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      });
    }
    upload = parsed.data;
  }
  checkContent(upload.content);
  return { ...upload, content: upload.content.replace(/^\uFEFF/, '') };
}

/** Control characters that do not occur in text (tab, line feed and carriage return do). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const BINARY = /[\u0000-\u0008\u000E-\u001F\uFFFD]/;

function checkContent(content: string): void {
  if (Buffer.byteLength(content, 'utf8') > MAX_KNOWLEDGE_DOCUMENT_BYTES) {
    throw new AppError(
      'payload_too_large',
      `A knowledge document may not exceed ${MAX_KNOWLEDGE_DOCUMENT_BYTES} bytes.`,
      { details: [{ path: 'content', message: 'is too large' }] },
    );
  }
  if (content.trim() === '') {
    throw new AppError('invalid_request', 'The document is empty.', {
      details: [{ path: 'content', message: 'must contain text' }],
    });
  }
  if (BINARY.test(content)) {
    throw new AppError('invalid_request', 'The document is not text (binary content).', {
      details: [{ path: 'content', message: 'must be UTF-8 Markdown or plain text' }],
    });
  }
}
