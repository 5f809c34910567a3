import { CreateButton, Datagrid, DateField, List, TextField, TopToolbar } from 'react-admin';
import { EmptyList } from '../core/EmptyList';
import { ListError } from '../core/ListError';

export function PartnerList() {
  return (
    <List
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      empty={<EmptyList resource="partners" />}
      error={<ListError />}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" />
        <TextField source="id" sx={{ fontFamily: 'monospace' }} />
        <DateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
}
