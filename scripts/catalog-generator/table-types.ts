/** Types of the curated reference tables. */
import type { BodyStyle, Color, Region, Sweetness } from './types.js';

export type ProfileId =
  | 'rouge-leger'
  | 'rouge-fruite'
  | 'rouge-pinot'
  | 'rouge-structure'
  | 'rouge-solaire'
  | 'blanc-vif'
  | 'blanc-ample'
  | 'blanc-aromatique'
  | 'blanc-demi-sec'
  | 'blanc-oxydatif'
  | 'rose-pale'
  | 'rose-vineux'
  | 'rose-demi-sec'
  | 'bulles'
  | 'champagne'
  | 'champagne-vineux'
  | 'bulles-rose'
  | 'moelleux'
  | 'liquoreux'
  | 'vdn-rouge'
  | 'vdn-tuile'
  | 'vdn-muscat'
  | 'orange';

/** Colour, defaults and French vocabulary shared by every wine of one style. */
export interface Profile {
  color: Color;
  body: BodyStyle;
  sweetness: Sweetness;
  alcohol: readonly [number, number];
  /** Vintage range; null for non-vintage wines. */
  vintages: readonly [number, number] | null;
  /** The wine is at its best until vintage (or, non-vintage, the reference year) + [min, max] years. */
  drink: readonly [number, number];
  /** Masculine noun for « ce … » / « un … » in descriptions. */
  noun: string;
  temperatures: readonly string[];
  /** What follows « Robe … ». */
  robes: readonly string[];
  /** Aromas with their article: « la cerise noire », « les agrumes », « l'abricot ». */
  aromas: readonly string[];
  /** Feminine adjectives describing « la bouche ». */
  mouth: readonly string[];
  /** What the palate rests on, with its article: « des tanins fins ». */
  support: readonly string[];
  /** Feminine adjectives describing « la finale ». */
  finish: readonly string[];
  /** Dishes with their article: « un magret de canard », « des huîtres ». */
  pairings: readonly string[];
  /** Masculine participle phrases: « Élevé douze mois en fûts de chêne ». */
  elevage: readonly string[];
  /** Verb phrases after « ce rouge … ». */
  verbs: readonly string[];
}

export type VolumeMix = readonly (readonly [volumeMl: number, weight: number])[];

export interface Style {
  profile: ProfileId;
  /** Bottle price band in euros, for 75 cl. */
  price: readonly [number, number];
  /** Blends that may be produced, main variety first; one is picked. */
  grapes: readonly (readonly string[])[];
  /** Printed after the appellation: « rouge », « demi-sec », « Riesling », « Reserva »… */
  label?: string;
  body?: BodyStyle;
  sweetness?: Sweetness;
  alcohol?: readonly [number, number];
  vintages?: readonly [number, number] | null;
  drink?: readonly [number, number];
  /** Years after the vintage before the wine is ready to drink. */
  ready?: number;
  weight?: number;
  /** Named vineyards printed plainly after the appellation (« Montée de Tonnerre »); one is always used. */
  climats?: readonly string[];
  /** Cuvée names specific to this style, printed « entre guillemets ». */
  cuvees?: readonly string[];
  /** Probability of a cuvée name (default by region). */
  cuveeRate?: number;
  volumes?: VolumeMix;
  noun?: string;
  elevage?: readonly string[];
  /** Local dishes for this style (the appellation's dishes go to its main colour only). */
  pairings?: readonly string[];
  /** Replaces the profile's aromas when the variety has its own signature. */
  aromas?: readonly string[];
}

export type ProducerStyle =
  | 'bordeaux'
  | 'france'
  | 'sud'
  | 'alsace'
  | 'champagne'
  | 'corse'
  | 'italie'
  | 'espagne'
  | 'portugal'
  | 'germanique'
  | 'amerique-latine'
  | 'anglophone';

export interface Appellation {
  name: string;
  region: Region;
  country: string;
  weight: number;
  /** Soils with their article: « des graves profondes ». */
  soils: readonly string[];
  /** Local dishes with their article, preferred in pairings of the main colour (first style). */
  pairings?: readonly string[];
  producerStyle?: ProducerStyle;
  styles: readonly Style[];
}

export interface RegionInfo {
  region: Region;
  /** Share of the catalogue. */
  weight: number;
  producerStyle: ProducerStyle;
  /** Default probability of a cuvée name. */
  cuveeRate: number;
}
