import PeopleIcon from '@mui/icons-material/People';
import type { ConsoleFeature } from '../providers/feature';
import { usersAdapter } from './adapter';
import { en, fr } from './messages';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

/** Console users (admins): create, change role, name or password, disable. */
export const feature: ConsoleFeature = {
  resources: [
    {
      name: 'users',
      list: UserList,
      create: UserCreate,
      edit: UserEdit,
      icon: PeopleIcon,
      recordRepresentation: 'name',
    },
  ],
  adapters: { users: usersAdapter },
  messages: { fr, en },
};
