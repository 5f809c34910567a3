import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { ConsoleFeature } from '../providers/feature';
import { KnowledgeCreate } from './KnowledgeCreate';
import { KnowledgeList } from './KnowledgeList';
import { KnowledgeShow } from './KnowledgeShow';
import { createKnowledgeDocumentsAdapter, knowledgeAnswersAdapter } from './knowledge-adapter';
import { en, fr } from './messages';

/**
 * The knowledge base: documents (upload, ingestion status, preview, delete) and retrieval to
 * try. `knowledge-answers` is a read-only pseudo-resource: getOne with the question as id.
 */
export const feature: ConsoleFeature = {
  resources: [
    {
      name: 'knowledge-documents',
      list: KnowledgeList,
      show: KnowledgeShow,
      create: KnowledgeCreate,
      icon: MenuBookIcon,
      recordRepresentation: 'title',
    },
  ],
  adapters: {
    'knowledge-documents': createKnowledgeDocumentsAdapter(),
    'knowledge-answers': knowledgeAnswersAdapter,
  },
  messages: { fr, en },
};
