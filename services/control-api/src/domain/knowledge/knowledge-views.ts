import type {
  KnowledgeContentType,
  KnowledgeDocumentDetail,
  KnowledgeDocumentSummary,
} from '@scenaro/api-contract';

/** The columns of a KnowledgeDocument row the views read. */
interface DocumentRow {
  id: string;
  title: string;
  contentType: string;
  status: KnowledgeDocumentSummary['status'];
  error: string | null;
  passageCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A document as listed: its ingestion status without its content. */
export function knowledgeDocumentSummaryView(document: DocumentRow): KnowledgeDocumentSummary {
  return {
    id: document.id,
    title: document.title,
    contentType: document.contentType as KnowledgeContentType,
    status: document.status,
    error: document.error,
    passageCount: document.passageCount,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
  };
}

/** A document with its content. */
export function knowledgeDocumentDetailView(
  document: DocumentRow & { content: string },
): KnowledgeDocumentDetail {
  return { ...knowledgeDocumentSummaryView(document), content: document.content };
}
