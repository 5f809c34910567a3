import StoreIcon from '@mui/icons-material/Store';
import type { ConsoleFeature } from '../providers/feature';
import { tenantsAdapter } from './adapter';
import { en, fr } from './messages';
import { TenantCreate } from './TenantCreate';
import { TenantEdit } from './TenantEdit';
import { TenantList } from './TenantList';

/** Tenants (shops): platform admins create them from a template and edit their variables. */
export const feature: ConsoleFeature = {
  resources: [
    {
      name: 'tenants',
      list: TenantList,
      create: TenantCreate,
      edit: TenantEdit,
      icon: StoreIcon,
      recordRepresentation: 'name',
    },
  ],
  adapters: { tenants: tenantsAdapter },
  messages: { fr, en },
};
