import InventoryIcon from '@mui/icons-material/Inventory2';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ImportCreate } from '../jobs/ImportCreate';
import { ImportList } from '../jobs/ImportList';
import { ImportShow } from '../jobs/ImportShow';
import { createImportsAdapter } from '../jobs/imports-adapter';
import type { ConsoleFeature } from '../providers/feature';
import { en, fr } from './messages';
import { ProductCreate, ProductEdit } from './ProductEdit';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';
import {
  catalogDeclarationsAdapter,
  createProductsAdapter,
  productFacetsAdapter,
} from './products-adapter';

/**
 * The catalogue: products (search, facets, CRUD checked against the orientation's declared
 * attributes) and file imports followed through their jobs. `catalog-declarations` and
 * `product-facets` are read-only pseudo-resources the screens read with `useGetOne`.
 */
export const feature: ConsoleFeature = {
  resources: [
    {
      name: 'products',
      list: ProductList,
      show: ProductShow,
      edit: ProductEdit,
      create: ProductCreate,
      icon: InventoryIcon,
      recordRepresentation: 'name',
    },
    {
      name: 'catalog-imports',
      list: ImportList,
      show: ImportShow,
      create: ImportCreate,
      icon: UploadFileIcon,
    },
  ],
  adapters: {
    products: createProductsAdapter(),
    'catalog-imports': createImportsAdapter(),
    'catalog-declarations': catalogDeclarationsAdapter,
    'product-facets': productFacetsAdapter,
  },
  messages: { fr, en },
};
