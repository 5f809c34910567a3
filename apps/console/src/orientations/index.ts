import type { ConsoleFeature } from '../providers/feature';

// Placeholder until the orientations screens land.
export const feature: ConsoleFeature = {
  resources: [],
  adapters: {},
  messages: { fr: {}, en: {} },
};
