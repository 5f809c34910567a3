import OrientationIcon from '@mui/icons-material/RecordVoiceOver';
import type { ConsoleFeature } from '../providers/feature';
import { orientationsAdapter } from './adapter';
import { OrientationEditor } from './editor/OrientationEditor';
import { messages } from './messages';
import { OrientationList } from './OrientationList';

/** Orientations: list per tenant, the two-view editor, publish/diff, versions, rollback, Try it. */
export const feature: ConsoleFeature = {
  resources: [
    {
      name: 'orientations',
      list: OrientationList,
      edit: OrientationEditor,
      icon: OrientationIcon,
      recordRepresentation: 'name',
    },
  ],
  adapters: { orientations: orientationsAdapter },
  messages,
};
