/** Every appellation of the reference tables, and the share of each region in a catalogue. */
import { BORDEAUX, LOIRE, SUD_OUEST } from './regions-atlantique.js';
import { ALSACE, BEAUJOLAIS, BOURGOGNE, CHAMPAGNE, JURA, SAVOIE } from './regions-est.js';
import {
  ALLEMAGNE,
  AUTRICHE,
  ESPAGNE,
  ITALIE,
  NOUVEAU_MONDE,
  PORTUGAL,
} from './regions-etranger.js';
import { CORSE, LANGUEDOC, PROVENCE, RHONE, ROUSSILLON } from './regions-sud.js';
import type { Appellation, RegionInfo } from './table-types.js';
import type { Region } from './types.js';

export const APPELLATIONS: Readonly<Record<Region, readonly Appellation[]>> = {
  Bordeaux: BORDEAUX,
  Bourgogne: BOURGOGNE,
  Loire: LOIRE,
  Rhône: RHONE,
  Alsace: ALSACE,
  Champagne: CHAMPAGNE,
  Languedoc: LANGUEDOC,
  Roussillon: ROUSSILLON,
  Provence: PROVENCE,
  'Sud-Ouest': SUD_OUEST,
  Beaujolais: BEAUJOLAIS,
  Jura: JURA,
  Savoie: SAVOIE,
  Corse: CORSE,
  Italie: ITALIE,
  Espagne: ESPAGNE,
  Portugal: PORTUGAL,
  Allemagne: ALLEMAGNE,
  Autriche: AUTRICHE,
  'Nouveau Monde': NOUVEAU_MONDE,
};

/** A French caviste's list: the classic regions first, a handful of foreign references. */
export const REGION_INFO: readonly RegionInfo[] = [
  { region: 'Bordeaux', weight: 13, producerStyle: 'bordeaux', cuveeRate: 0.15 },
  { region: 'Bourgogne', weight: 12, producerStyle: 'france', cuveeRate: 0.3 },
  { region: 'Loire', weight: 10, producerStyle: 'france', cuveeRate: 0.45 },
  { region: 'Rhône', weight: 10, producerStyle: 'france', cuveeRate: 0.45 },
  { region: 'Alsace', weight: 5.5, producerStyle: 'alsace', cuveeRate: 0.35 },
  { region: 'Champagne', weight: 6.5, producerStyle: 'champagne', cuveeRate: 0.4 },
  { region: 'Languedoc', weight: 7, producerStyle: 'sud', cuveeRate: 0.6 },
  { region: 'Roussillon', weight: 3.5, producerStyle: 'sud', cuveeRate: 0.5 },
  { region: 'Provence', weight: 5, producerStyle: 'sud', cuveeRate: 0.55 },
  { region: 'Sud-Ouest', weight: 5, producerStyle: 'france', cuveeRate: 0.45 },
  { region: 'Beaujolais', weight: 5, producerStyle: 'france', cuveeRate: 0.35 },
  { region: 'Jura', weight: 3, producerStyle: 'france', cuveeRate: 0.35 },
  { region: 'Savoie', weight: 3, producerStyle: 'france', cuveeRate: 0.35 },
  { region: 'Corse', weight: 3, producerStyle: 'corse', cuveeRate: 0.5 },
  { region: 'Italie', weight: 2.5, producerStyle: 'italie', cuveeRate: 0.4 },
  { region: 'Espagne', weight: 2, producerStyle: 'espagne', cuveeRate: 0.4 },
  { region: 'Portugal', weight: 1.5, producerStyle: 'portugal', cuveeRate: 0.35 },
  { region: 'Allemagne', weight: 1, producerStyle: 'germanique', cuveeRate: 0.2 },
  { region: 'Autriche', weight: 1, producerStyle: 'germanique', cuveeRate: 0.2 },
  { region: 'Nouveau Monde', weight: 2, producerStyle: 'anglophone', cuveeRate: 0.35 },
];
