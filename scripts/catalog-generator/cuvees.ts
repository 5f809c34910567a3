/** Cuvée names, by producer style. */
import type { ProducerStyle } from './table-types.js';

const FRENCH = [
  'Vieilles Vignes',
  'Tradition',
  'Réserve',
  'Prestige',
  'Les Terrasses',
  "L'Insolite",
  'Les Galets',
  'Le Clos',
  'Terroir',
  'Les Aïeux',
  'La Source',
  'Sélection Parcellaire',
  'Les Coteaux',
  'Héritage',
  "L'Exception",
  'Les Hauts',
  'Le Petit Chemin',
  'La Croix',
  'Les Rocailles',
  'Cuvée des Copains',
  'Première',
  'Les Demoiselles',
  'Empreinte',
  'Le Vallon',
  'Cuvée Marguerite',
  'Cuvée Léonie',
  'Cuvée Augustin',
];

const SOUTH = [
  ...FRENCH,
  'Les Cigales',
  'Garrigue',
  'Mistral',
  "Soleil d'Automne",
  'Les Oliviers',
  'Terre de Schistes',
  'Les Capitelles',
  'Pierres Chaudes',
];

const BORDEAUX = [
  'Réserve du Château',
  'Prestige',
  'Cuvée Élégance',
  'Vieilles Vignes',
  'Fût de Chêne',
];

const CHAMPAGNE = [
  'Réserve',
  'Tradition',
  'Grande Réserve',
  'Les Crayères',
  'Terroir de Craie',
  'Cuvée Prestige',
];

/** Names that only suit a special bottling, or only an easy-going one. */
const PREMIUM = new Set([
  'Sélection Parcellaire',
  "L'Exception",
  'Prestige',
  'Héritage',
  'Cuvée Prestige',
]);
const EVERYDAY = new Set(['Cuvée des Copains']);

/** The cuvée names that fit a wine of this price (euros for 75 cl). */
export function cuveesForPrice(pool: readonly string[], euros: number): readonly string[] {
  const fitting = pool.filter((c) => (euros < 18 ? !PREMIUM.has(c) : !EVERYDAY.has(c)));
  return fitting.length > 0 ? fitting : pool;
}

export const ORANGE_CUVEES = [
  "Peau d'Orange",
  'Macération',
  'Ambre',
  'Les Peaux',
  'Amphore',
  'Solstice',
];

export const CUVEES: Readonly<Record<ProducerStyle, readonly string[]>> = {
  bordeaux: BORDEAUX,
  france: FRENCH,
  sud: SOUTH,
  alsace: ['Vieilles Vignes', 'Réserve', 'Tradition', 'Cuvée Théo', 'Les Princes Abbés', 'Terroir'],
  champagne: CHAMPAGNE,
  corse: [...FRENCH, 'U Ventu', 'Mare e Monti', 'Terra Antica'],
  italie: [
    'Vigna Vecchia',
    'Poggio del Sole',
    'Selezione',
    'Vigna Alta',
    'Il Fondatore',
    'Sassi Rossi',
  ],
  espagne: ['Viñas Viejas', 'Selección', 'Finca El Molino', 'Pago de la Ermita', 'Cepas Viejas'],
  portugal: ['Vinhas Velhas', 'Reserva', 'Grande Escolha', 'Terraços'],
  germanique: ['Alte Reben', 'Schiefer', 'vom Stein', 'Urgestein'],
  'amerique-latine': ['Reserva', 'Gran Reserva', 'Viñas Viejas', 'Alta Altura', 'Los Andes'],
  anglophone: ['Reserve', 'Single Vineyard', 'Estate Selection', 'Old Vines', 'Block 7'],
};
