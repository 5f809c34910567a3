import type { ReactElement } from 'react';
import type { ResourceProps } from 'react-admin';
import type { ResourceAdapters } from './resource-adapter';

/**
 * What a feature folder (orientations, catalog, knowledge, sessions, tenants, keys, users…)
 * contributes to the console. App.tsx registers the resources and routes; the data provider
 * composes the adapters; the i18n provider merges the messages (French first, English too).
 */
export interface ConsoleFeature {
  resources: ResourceProps[];
  adapters: ResourceAdapters;
  /** Nested react-admin message objects, merged into the catalogue (e.g. `{ resources: {…} }`). */
  messages: { fr: Record<string, unknown>; en: Record<string, unknown> };
  /** Pages that are not a resource's list/edit/show, mounted inside `<CustomRoutes>`. */
  routes?: ReactElement[];
}
