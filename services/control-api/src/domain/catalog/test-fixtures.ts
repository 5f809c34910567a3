/** Small catalogues for the product tests: a wine shop (the caviste template) and a cheese shop. */

interface WineSpec {
  sku: string;
  name: string;
  priceCents: number;
  stock?: number;
  color: string;
  region: string;
  grapes: string[];
  vintage?: number;
  organic?: boolean;
  pairings?: string[];
  description?: string;
}

const wine = ({ sku, name, priceCents, stock = 10, description = '', ...a }: WineSpec) => ({
  sku,
  name,
  description,
  priceCents,
  stock,
  tags: [],
  attributes: {
    color: a.color,
    region: a.region,
    grapes: a.grapes,
    ...(a.vintage === undefined ? {} : { vintage: a.vintage }),
    ...(a.organic === undefined ? {} : { organic: a.organic }),
    ...(a.pairings === undefined ? {} : { pairings: a.pairings }),
  },
});

/** Twelve wines: three red Burgundies at different prices (one out of stock), two Côtes du Rhône… */
export const wines = [
  wine({
    sku: 'BRG-01',
    name: 'Bourgogne Pinot Noir Les Ursulines',
    priceCents: 1890,
    color: 'rouge',
    region: 'Bourgogne',
    grapes: ['Pinot Noir'],
    vintage: 2021,
    organic: true,
    pairings: ['volaille rôtie', 'charcuterie'],
  }),
  wine({
    sku: 'BRG-02',
    name: 'Gevrey-Chambertin Vieilles Vignes',
    priceCents: 6500,
    stock: 3,
    color: 'rouge',
    region: 'Bourgogne',
    grapes: ['Pinot Noir'],
    vintage: 2019,
    pairings: ['gibier', 'bœuf bourguignon'],
  }),
  wine({
    sku: 'BRG-03',
    name: 'Mâcon-Villages',
    priceCents: 1450,
    stock: 20,
    color: 'blanc',
    region: 'Bourgogne',
    grapes: ['Chardonnay'],
    vintage: 2022,
    pairings: ['poisson grillé', 'fromage de chèvre'],
  }),
  wine({
    sku: 'BRG-04',
    name: 'Hautes-Côtes de Nuits',
    priceCents: 2400,
    stock: 0,
    color: 'rouge',
    region: 'Bourgogne',
    grapes: ['Pinot Noir'],
    vintage: 2020,
  }),
  wine({
    sku: 'RHO-01',
    name: 'Côtes du Rhône Réserve',
    priceCents: 990,
    stock: 30,
    color: 'rouge',
    region: 'Rhône',
    grapes: ['Grenache', 'Syrah'],
    vintage: 2022,
    pairings: ['grillades', 'pizza'],
  }),
  wine({
    sku: 'RHO-02',
    name: 'Crozes-Hermitage',
    priceCents: 2200,
    stock: 8,
    color: 'rouge',
    region: 'Rhône',
    grapes: ['Syrah'],
    vintage: 2021,
    organic: true,
    pairings: ['agneau'],
  }),
  wine({
    sku: 'RHO-03',
    name: 'Côtes du Rhône Villages',
    priceCents: 1300,
    color: 'blanc',
    region: 'Rhône',
    grapes: ['Viognier', 'Roussanne'],
    vintage: 2023,
  }),
  wine({
    sku: 'BDX-01',
    name: 'Château Les Ormes, Bordeaux Supérieur',
    priceCents: 1590,
    color: 'rouge',
    region: 'Bordeaux',
    grapes: ['Merlot', 'Cabernet Sauvignon'],
    vintage: 2018,
    description: 'Un vin charpenté aux tanins fondus.',
  }),
  wine({
    sku: 'ALS-01',
    name: 'Riesling Grand Cru Schlossberg',
    priceCents: 2900,
    color: 'blanc',
    region: 'Alsace',
    grapes: ['Riesling'],
    vintage: 2020,
    pairings: ['choucroute', 'poisson'],
  }),
  wine({
    sku: 'CHA-01',
    name: 'Champagne Brut Réserve',
    priceCents: 3900,
    color: 'effervescent',
    region: 'Champagne',
    grapes: ['Chardonnay', 'Pinot Noir'],
    pairings: ['apéritif', 'huîtres'],
  }),
  wine({
    sku: 'LOI-01',
    name: 'Sancerre Rosé',
    priceCents: 1800,
    color: 'rosé',
    region: 'Loire',
    grapes: ['Pinot Noir'],
    vintage: 2023,
  }),
  wine({
    sku: 'PRO-01',
    name: 'Rosé de Provence',
    priceCents: 1100,
    color: 'rosé',
    region: 'Provence',
    grapes: ['Grenache', 'Cinsault'],
    vintage: 2023,
    pairings: ['salade niçoise'],
  }),
];

/** A cheese shop: other attributes (milk, region, ripening months, raw milk, rind). */
export const fromagerYaml = `slug: fromager
name: Fromager
locale: fr-FR
prompt:
  sections:
    - id: role
      title: Rôle
      body: Tu es le fromager de la boutique.
voice:
  stt: { provider: deepgram, model: nova-3, language: fr }
  llm: { provider: openai, model: gpt-4.1-mini }
  tts: { provider: cartesia, model: sonic-2, voice: abc, language: fr }
catalog:
  itemName: { singular: fromage, plural: fromages }
  currency: EUR
  attributes:
    - { key: milk, label: Lait, type: enum, values: [vache, chèvre, brebis, bufflonne], required: true, filterable: true, facet: true }
    - { key: region, label: Région, type: string, filterable: true, facet: true, searchable: true }
    - { key: affinageMonths, label: Affinage (mois), type: integer, min: 0, max: 60, filterable: true }
    - { key: rawMilk, label: Lait cru, type: boolean, filterable: true, facet: true }
    - { key: pairings, label: Accords, type: list, searchable: true }
  pairingAttribute: pairings
ui:
  title: La Fromagerie
  colors: { primary: '#f0c040', accent: '#804000', background: '#ffffff', text: '#202020' }
  labels: { selection: Ma sélection, cart: Mon panier, start: Parler au fromager }
`;

const cheese = (
  sku: string,
  name: string,
  priceCents: number,
  attributes: Record<string, unknown>,
) => ({ sku, name, priceCents, stock: 5, attributes });

export const cheeses = [
  cheese('CHZ-COMTE', 'Comté 18 mois', 2890, {
    milk: 'vache',
    region: 'Jura',
    affinageMonths: 18,
    rawMilk: true,
    pairings: ['vin jaune'],
  }),
  cheese('CHZ-CROTTIN', 'Crottin de Chavignol', 450, {
    milk: 'chèvre',
    region: 'Centre-Val de Loire',
    affinageMonths: 1,
    rawMilk: true,
    pairings: ['sancerre'],
  }),
  cheese('CHZ-STMAURE', 'Sainte-Maure de Touraine', 890, {
    milk: 'chèvre',
    region: 'Centre-Val de Loire',
    affinageMonths: 1,
    rawMilk: false,
  }),
  cheese('CHZ-ROQUEFORT', 'Roquefort Papillon', 1290, {
    milk: 'brebis',
    region: 'Occitanie',
    affinageMonths: 3,
    rawMilk: true,
    pairings: ['sauternes', 'poire'],
  }),
  cheese('CHZ-BRIE', 'Brie de Meaux', 1590, {
    milk: 'vache',
    region: 'Île-de-France',
    affinageMonths: 2,
    rawMilk: true,
  }),
  cheese('CHZ-MOZZA', 'Mozzarella di bufala', 690, {
    milk: 'bufflonne',
    region: 'Campanie',
    affinageMonths: 0,
    rawMilk: false,
    pairings: ['tomate'],
  }),
];
