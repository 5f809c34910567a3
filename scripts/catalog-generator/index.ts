export { CSV_COLUMNS, csvRow, formatPrice, LIST_SEPARATOR } from './csv.js';
export { generateCatalog, generateProducts } from './generate.js';
export { APPELLATIONS, REGION_INFO } from './regions.js';
export type { CatalogOptions, Product, WineAttributes } from './types.js';
export {
  ATTRIBUTE_KEYS,
  BODY_STYLES,
  COLORS,
  FRENCH_REGIONS,
  REGIONS,
  SWEETNESS,
  TAGS,
} from './types.js';
export { type Format, writeCatalog } from './write.js';
