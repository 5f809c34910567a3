import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import KeyIcon from '@mui/icons-material/Key';
import type { ConsoleFeature } from '../providers/feature';
import { keysAdapter, platformKeysAdapter } from './adapter';
import { KeyCreate, PlatformKeyCreate } from './KeyCreate';
import { KeyList, PlatformKeyList } from './KeyList';
import { en, fr } from './messages';

/** API keys: the current tenant's (admins) and the platform's (platform admins). */
export const feature: ConsoleFeature = {
  resources: [
    { name: 'keys', list: KeyList, create: KeyCreate, icon: KeyIcon },
    {
      name: 'platform-keys',
      list: PlatformKeyList,
      create: PlatformKeyCreate,
      icon: AdminPanelSettingsIcon,
    },
  ],
  adapters: { keys: keysAdapter, 'platform-keys': platformKeysAdapter },
  messages: { fr, en },
};
