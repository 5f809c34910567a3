import ForumIcon from '@mui/icons-material/Forum';
import type { ConsoleFeature } from '../providers/feature';
import { en, fr } from './messages';
import { SessionList } from './SessionList';
import { SessionShow } from './SessionShow';
import { createSessionsAdapter } from './sessions-adapter';

/** Sessions (read-only): list, and the detail with transcript, cart and per-turn latency. */
export const feature: ConsoleFeature = {
  resources: [{ name: 'sessions', list: SessionList, show: SessionShow, icon: ForumIcon }],
  adapters: { sessions: createSessionsAdapter() },
  messages: { fr, en },
};
