import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateField,
  DeleteButton,
  FunctionField,
  List,
  NumberField,
  Pagination,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ListError } from '../core/ListError';
import { AskPanel } from './AskPanel';
import { KnowledgeStatus } from './KnowledgeStatus';
import { isSettled, type KnowledgeDocumentRecord } from './knowledge-adapter';

/** Refreshes the list every 1.5 s while a document of the page is still being ingested. */
function refetchInterval(query: { state: { data?: { data?: KnowledgeDocumentRecord[] } } }) {
  const documents = query.state.data?.data ?? [];
  return documents.some((document) => !isSettled(document.status)) ? 1_500 : false;
}

function NoDocuments() {
  const translate = useTranslate();
  return (
    <Box
      sx={{ textAlign: 'center', m: 4 }}
      data-testid="empty-list"
      data-empty="knowledge-documents"
    >
      <Typography variant="h6" gutterBottom>
        {translate('scenaro.knowledge.empty.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('scenaro.knowledge.empty.body')}
      </Typography>
      <CreateButton label="scenaro.knowledge.upload" variant="contained" />
    </Box>
  );
}

/** The knowledge base: documents with their ingestion status, and retrieval to try. */
export function KnowledgeList() {
  return (
    <List
      perPage={20}
      exporter={false}
      sort={{ field: 'createdAt', order: 'DESC' }}
      queryOptions={{ refetchInterval }}
      actions={
        <TopToolbar>
          <CreateButton label="scenaro.knowledge.upload" />
        </TopToolbar>
      }
      aside={<AskPanel />}
      empty={<NoDocuments />}
      error={<ListError />}
      pagination={<Pagination rowsPerPageOptions={[20, 50, 100]} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="knowledge-list">
        <TextField source="title" sortable={false} />
        <FunctionField<KnowledgeDocumentRecord>
          source="status"
          sortable={false}
          render={(record) => (
            <Box>
              <KnowledgeStatus document={record} />
              {record.status === 'failed' && record.error && (
                <Typography variant="caption" color="error" display="block">
                  {record.error}
                </Typography>
              )}
            </Box>
          )}
        />
        <NumberField source="passageCount" sortable={false} />
        <DateField source="createdAt" showTime sortable={false} />
        <DeleteButton mutationMode="pessimistic" />
      </Datagrid>
    </List>
  );
}
