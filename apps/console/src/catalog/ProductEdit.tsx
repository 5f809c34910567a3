import { Create, DeleteButton, Edit, ShowButton, TopToolbar } from 'react-admin';
import { ProductForm } from './ProductForm';

function EditActions() {
  return (
    <TopToolbar>
      <ShowButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

/** Edit a product: saved only once the API accepted it, so its validation lands on the fields. */
export function ProductEdit() {
  return (
    <Edit mutationMode="pessimistic" actions={<EditActions />} redirect="show">
      <ProductForm mode="edit" />
    </Edit>
  );
}

export function ProductCreate() {
  return (
    <Create redirect="show">
      <ProductForm mode="create" />
    </Create>
  );
}
