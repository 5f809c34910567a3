/** Shapes and closed vocabularies of a generated wine catalogue. */

export const COLORS = ['rouge', 'blanc', 'rosé', 'effervescent', 'liquoreux', 'orange'] as const;
export type Color = (typeof COLORS)[number];

export const FRENCH_REGIONS = [
  'Bordeaux',
  'Bourgogne',
  'Loire',
  'Rhône',
  'Alsace',
  'Champagne',
  'Languedoc',
  'Roussillon',
  'Provence',
  'Sud-Ouest',
  'Beaujolais',
  'Jura',
  'Savoie',
  'Corse',
] as const;

export const FOREIGN_REGIONS = [
  'Italie',
  'Espagne',
  'Portugal',
  'Allemagne',
  'Autriche',
  'Nouveau Monde',
] as const;

export const REGIONS = [...FRENCH_REGIONS, ...FOREIGN_REGIONS] as const;
export type Region = (typeof REGIONS)[number];

export const BODY_STYLES = ['léger', 'moyen', 'corsé'] as const;
export type BodyStyle = (typeof BODY_STYLES)[number];

export const SWEETNESS = [
  'sec',
  'demi-sec',
  'moelleux',
  'liquoreux',
  'brut',
  'extra-brut',
] as const;
export type Sweetness = (typeof SWEETNESS)[number];

export const TAGS = [
  'bio',
  'biodynamie',
  'coup de cœur',
  'nouveauté',
  'petit prix',
  'à offrir',
  'à garder',
  'magnum',
  'demi-bouteille',
] as const;
export type Tag = (typeof TAGS)[number];

/** Attribute keys, in the order of the CSV columns. */
export const ATTRIBUTE_KEYS = [
  'color',
  'region',
  'appellation',
  'grapes',
  'vintage',
  'producer',
  'country',
  'alcohol',
  'volumeMl',
  'organic',
  'bodyStyle',
  'sweetness',
  'pairings',
  'tastingNotes',
  'servingTemperature',
  'agingPotential',
] as const;
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

export interface WineAttributes {
  color: Color;
  region: Region;
  appellation: string;
  grapes: string[];
  /** Omitted for non-vintage wines (most champagnes and sparkling wines, tawny ports…). */
  vintage?: number;
  producer: string;
  country: string;
  /** % vol. */
  alcohol: number;
  volumeMl: number;
  organic: boolean;
  bodyStyle: BodyStyle;
  sweetness: Sweetness;
  pairings: string[];
  tastingNotes: string;
  servingTemperature: string;
  agingPotential: string;
}

export interface Product {
  sku: string;
  name: string;
  description: string;
  priceCents: number;
  currency: 'EUR';
  stock: number;
  tags: string[];
  attributes: WineAttributes;
}

export interface CatalogOptions {
  seed: number;
  count: number;
  /** Defaults to `VIN`. */
  skuPrefix?: string;
}

/** The year the catalogue is written for: vintages and drinking windows are relative to it. */
export const REFERENCE_YEAR = 2025;
