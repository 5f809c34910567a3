/** Fictional producer names, in the manner of each wine region. */
import type { Rng } from './prng.js';
import type { ProducerStyle } from './table-types.js';

export interface ProducerName {
  name: string;
  /** Family name, when the estate bears one (« La famille Mercier cultive… »). */
  family?: string;
  /** A Bordeaux château: its wines are written « Château X, Pauillac 2018 ». */
  chateau: boolean;
}

const FIRST_NAMES = [
  'Antoine',
  'Mathilde',
  'Julien',
  'Claire',
  'Étienne',
  'Camille',
  'Louis',
  'Hélène',
  'Pierre',
  'Sophie',
  'Thibault',
  'Marion',
  'Bastien',
  'Céline',
  'Olivier',
  'Anne',
  'François',
  'Lucie',
  'Guillaume',
  'Élise',
  'Benoît',
  'Agnès',
  'Rémi',
  'Juliette',
  'Xavier',
  'Nathalie',
  'Hugo',
  'Isabelle',
  'Vincent',
  'Jean-Marc',
];

const SURNAMES = [
  'Mercier',
  'Girardet',
  'Bonnefoy',
  'Dupuis',
  'Lambertin',
  'Fontanel',
  'Rousselet',
  'Chevalier',
  'Perrier',
  'Morelle',
  'Gauthey',
  'Masson',
  'Renaudin',
  'Brunet',
  'Vasseur',
  'Delorme',
  'Charpentier',
  'Barbier',
  'Lefebvre',
  'Collinet',
  'Vidalet',
  'Marchand',
  'Boyer',
  'Garnier',
  'Clément',
  'Guérin',
  'Aubertin',
  'Tessier',
  'Rivière',
  'Lemoine',
  'Berthier',
  'Gaillard',
  'Besson',
  'Chauvet',
  'Mallet',
  'Ferrand',
  'Prévost',
  'Millet',
  'Dufresne',
  'Sauvageot',
  'Pelletier',
  'Bouvier',
];

const PLACES_F = [
  'Croix Blanche',
  'Grande Borne',
  'Pierre Levée',
  'Roche Noire',
  'Combe aux Loups',
  'Garenne',
  'Source',
  'Motte',
  'Chapelle Saint-Jean',
  'Ferme Rouge',
  'Vieille Tour',
  'Tour Carrée',
  'Butte aux Merles',
  'Côte Sauvage',
];
const PLACES_M = [
  'Vieux Puits',
  'Petit Clocher',
  'Haut-Verger',
  'Moulin Brûlé',
  'Champ des Alouettes',
  'Bois Joli',
  'Grand Chêne',
  'Pré Rond',
  'Mont Fleuri',
  "Val d'Argent",
  'Pigeonnier',
  'Chemin Creux',
];
const PLACES_PL = [
  'Terres Blanches',
  'Trois Chênes',
  'Hautes Pierres',
  'Vignes Hautes',
  'Roches Bleues',
  'Pierres Sèches',
  'Grandes Vignes',
  'Belles Croix',
  'Sept Collines',
  'Genêts',
  'Noyers',
  'Tilleuls',
  'Bruyères',
  'Coteaux Rouges',
];
const SAINTS = [
  'Saint-Vincent',
  'Saint-Martin',
  'Saint-Roch',
  'Sainte-Anne',
  'Saint-Jacques',
  'Saint-Fiacre',
  'Saint-Antoine',
  'Sainte-Marthe',
  'Saint-Hilaire',
];

const BDX_A = [
  'Belair',
  'Bellevue',
  'Beaulieu',
  'Peyrelade',
  'Puyfort',
  'Fonbelle',
  'Lestang',
  'Cantelaude',
  'Grandval',
  'Montlabert',
  'Gravelines',
  'Roquefeuille',
  'Lagravette',
  'Barrail',
  'Tertrebelle',
  'Peybonne',
];
const BDX_B = [
  'Monval',
  'Lacoste',
  'Bessac',
  'Cazenave',
  'Darrieux',
  'Lasserre',
  'Mauriac',
  'Labarde',
  'Sarrail',
  'Brémont',
  'Castéra',
  'Duprat',
  'Lagarde',
  'Soubiran',
];

const SOUTH_PLACES = [
  'des Cigales',
  'de la Garrigue',
  'du Figuier',
  'des Oliviers',
  'des Amandiers',
  "de l'Aire",
  'des Capitelles',
  'du Micocoulier',
  'des Chênes Verts',
  'de la Font Rouge',
  'des Lavandes',
  'du Grès Rouge',
];

const ALSACE_SURNAMES = [
  'Schaeffer',
  'Koehler',
  'Hertzog',
  'Stoeckel',
  'Riffel',
  'Haegel',
  'Kuentz',
  'Ostermann',
  'Wendling',
  'Zimmer',
  'Baltzinger',
  'Hummel',
  'Scheidecker',
  'Winckel',
];

const CORSICAN_SURNAMES = [
  'Santucci',
  'Casanova',
  'Orsini',
  'Pieri',
  'Luciani',
  'Mattei',
  'Paoletti',
  'Marchetti',
  'Albertini',
  'Filippi',
  'Benedetti',
  'Ceccaldi',
];
const CORSICAN_PLACES = [
  'Petra Bianca',
  'Monte Rosso',
  'Funtana',
  "Sant'Andria",
  'Capu Biancu',
  'Lucciana',
];

const ITALIAN_SURNAMES = [
  'Bianchi',
  'Ferrero',
  'Rinaldi',
  'Galli',
  'Conti',
  'Moretti',
  'Colombo',
  'Ricci',
  'Marino',
  'Fontana',
  'Lombardi',
  'Barbieri',
  'Santoro',
];
const ITALIAN_FIRST = [
  'Giovanni',
  'Lucia',
  'Marco',
  'Francesca',
  'Paolo',
  'Giulia',
  'Stefano',
  'Chiara',
];
const ITALIAN_PLACES = [
  'San Lorenzo',
  'Le Colline',
  'Poggio Alto',
  'Santa Chiara',
  'Il Palagio',
  "Ca' di Rovere",
  'La Quercia',
  'Monte Rosso',
  'Campo ai Sassi',
  'Le Fornaci',
];

const SPANISH_SURNAMES = [
  'García',
  'Ortega',
  'Navarro',
  'Herrera',
  'Castillo',
  'Romero',
  'Serrano',
  'Molina',
  'Delgado',
  'Iglesias',
];
const SPANISH_PLACES = [
  'La Solana',
  'Los Almendros',
  'El Encinar',
  'Santa Rosa',
  'Piedra Negra',
  'Los Olivos',
  'Altamira',
  'La Cumbre',
];

const PORTUGUESE_PLACES = [
  'do Vale Alto',
  'da Pedra Negra',
  'dos Castanheiros',
  'da Ribeira Velha',
  'das Amendoeiras',
  'do Sobreiro',
  'da Fonte Santa',
];
const PORTUGUESE_SURNAMES = ['Silva', 'Pereira', 'Costa', 'Oliveira', 'Sousa', 'Carvalho'];

const GERMAN_FIRST = [
  'Andreas',
  'Katharina',
  'Johannes',
  'Eva',
  'Matthias',
  'Anna',
  'Florian',
  'Julia',
];
const GERMAN_SURNAMES = [
  'Albrecht',
  'Kessler',
  'Brandt',
  'Hofmann',
  'Vogel',
  'Lang',
  'Winter',
  'Gruber',
  'Steiner',
  'Berger',
  'Moser',
  'Eder',
];

const ENGLISH_SURNAMES = [
  'Whitfield',
  'Harrington',
  'Calloway',
  'Ashford',
  'Bramwell',
  'McAllister',
  'Fairbairn',
  'Holloway',
  'Kingsley',
];
const ENGLISH_PLACES = [
  'Stoney Creek',
  'Red Gully',
  'Silver Ridge',
  'Blackwood Hill',
  'Tui Valley',
  'Granite Bay',
  'Lone Oak',
];

function person(rng: Rng, first: readonly string[], last: readonly string[]): [string, string] {
  return [rng.pick(first), rng.pick(last)];
}

function french(rng: Rng): ProducerName {
  const r = rng.next();
  if (r < 0.3) {
    const [first, last] = person(rng, FIRST_NAMES, SURNAMES);
    return { name: `Domaine ${first} ${last}`, family: last, chateau: false };
  }
  if (r < 0.45) {
    const last = rng.pick(SURNAMES);
    const suffix = rng.chance(0.5) ? ' Père et Fils' : '';
    return { name: `Domaine ${last}${suffix}`, family: last, chateau: false };
  }
  if (r < 0.6) return { name: `Domaine des ${rng.pick(PLACES_PL)}`, chateau: false };
  if (r < 0.7) return { name: `Domaine de la ${rng.pick(PLACES_F)}`, chateau: false };
  if (r < 0.8) return { name: `Domaine du ${rng.pick(PLACES_M)}`, chateau: false };
  if (r < 0.88) {
    const name = rng.chance(0.5) ? `Clos ${rng.pick(SAINTS)}` : `Clos des ${rng.pick(PLACES_PL)}`;
    return { name, chateau: false };
  }
  if (r < 0.94) {
    const last = rng.pick(SURNAMES);
    return { name: `Maison ${last}`, family: last, chateau: false };
  }
  const a = rng.pick(SURNAMES);
  const b = rng.pick(SURNAMES);
  return a === b
    ? { name: `Domaine ${a}`, family: a, chateau: false }
    : { name: `Domaine ${a}-${b}`, chateau: false };
}

function bordeaux(rng: Rng): ProducerName {
  const r = rng.next();
  if (r < 0.5) return { name: `Château ${rng.pick(BDX_A)}-${rng.pick(BDX_B)}`, chateau: true };
  if (r < 0.65) return { name: `Château ${rng.pick(BDX_A)}`, chateau: true };
  if (r < 0.75) return { name: `Château Les Hauts de ${rng.pick(BDX_B)}`, chateau: true };
  if (r < 0.85) return { name: `Château La Croix ${rng.pick(BDX_B)}`, chateau: true };
  if (r < 0.93) return { name: `Clos ${rng.pick(BDX_A)}`, chateau: true };
  const last = rng.pick(SURNAMES);
  return { name: `Vignobles ${last}`, family: last, chateau: false };
}

function south(rng: Rng): ProducerName {
  const r = rng.next();
  if (r < 0.25) return { name: `Mas ${rng.pick(SOUTH_PLACES)}`, chateau: false };
  if (r < 0.4) return { name: `Château ${rng.pick(BDX_B)}`, chateau: false };
  if (r < 0.48) return { name: `Domaine de ${rng.pick(SAINTS)}`, chateau: false };
  return french(rng);
}

function alsace(rng: Rng): ProducerName {
  const r = rng.next();
  const last = rng.pick(ALSACE_SURNAMES);
  if (r < 0.5)
    return { name: `Domaine ${rng.pick(FIRST_NAMES)} ${last}`, family: last, chateau: false };
  if (r < 0.75) return { name: `Domaine ${last} et Fils`, family: last, chateau: false };
  if (r < 0.9) return { name: `Maison ${last}`, family: last, chateau: false };
  return { name: `Domaine ${last}-${rng.pick(ALSACE_SURNAMES)}`, chateau: false };
}

function champagne(rng: Rng): ProducerName {
  const r = rng.next();
  const last = rng.pick(SURNAMES);
  if (r < 0.35) return { name: `Maison ${last}`, family: last, chateau: false };
  if (r < 0.6) return { name: `${rng.pick(FIRST_NAMES)} ${last}`, family: last, chateau: false };
  if (r < 0.8) return { name: `${last} Père et Fils`, family: last, chateau: false };
  return { name: `Maison ${last}-${rng.pick(SURNAMES)}`, chateau: false };
}

function corse(rng: Rng): ProducerName {
  const r = rng.next();
  const last = rng.pick(CORSICAN_SURNAMES);
  if (r < 0.5) return { name: `Domaine ${last}`, family: last, chateau: false };
  if (r < 0.75) return { name: `Clos ${rng.pick(CORSICAN_PLACES)}`, chateau: false };
  return { name: `Domaine di ${rng.pick(CORSICAN_PLACES)}`, chateau: false };
}

function italie(rng: Rng): ProducerName {
  const r = rng.next();
  if (r < 0.3) return { name: `Tenuta ${rng.pick(ITALIAN_PLACES)}`, chateau: false };
  if (r < 0.45) return { name: `Fattoria ${rng.pick(ITALIAN_PLACES)}`, chateau: false };
  if (r < 0.6) return { name: `Podere ${rng.pick(ITALIAN_PLACES)}`, chateau: false };
  const [first, last] = person(rng, ITALIAN_FIRST, ITALIAN_SURNAMES);
  if (r < 0.85) return { name: `Azienda Agricola ${first} ${last}`, family: last, chateau: false };
  return { name: `Cantina ${last}`, family: last, chateau: false };
}

function espagne(rng: Rng): ProducerName {
  const r = rng.next();
  const last = rng.pick(SPANISH_SURNAMES);
  if (r < 0.35) return { name: `Bodegas ${last}`, family: last, chateau: false };
  if (r < 0.5) return { name: `Bodegas Hermanos ${last}`, family: last, chateau: false };
  if (r < 0.75) return { name: `Viña ${rng.pick(SPANISH_PLACES)}`, chateau: false };
  return { name: `Finca ${rng.pick(SPANISH_PLACES)}`, chateau: false };
}

function portugal(rng: Rng): ProducerName {
  if (rng.chance(0.75)) return { name: `Quinta ${rng.pick(PORTUGUESE_PLACES)}`, chateau: false };
  const last = rng.pick(PORTUGUESE_SURNAMES);
  return { name: `Casa ${last}`, family: last, chateau: false };
}

function germanique(rng: Rng): ProducerName {
  const [first, last] = person(rng, GERMAN_FIRST, GERMAN_SURNAMES);
  if (rng.chance(0.6)) return { name: `Weingut ${first} ${last}`, family: last, chateau: false };
  return { name: `Weingut ${last}`, family: last, chateau: false };
}

function ameriqueLatine(rng: Rng): ProducerName {
  const r = rng.next();
  if (r < 0.4) return { name: `Bodega ${rng.pick(SPANISH_PLACES)}`, chateau: false };
  if (r < 0.7) return { name: `Viña ${rng.pick(SPANISH_PLACES)}`, chateau: false };
  const last = rng.pick(SPANISH_SURNAMES);
  return { name: `Familia ${last}`, family: last, chateau: false };
}

function anglophone(rng: Rng): ProducerName {
  const r = rng.next();
  const last = rng.pick(ENGLISH_SURNAMES);
  if (r < 0.3) return { name: `${last} Estate`, family: last, chateau: false };
  if (r < 0.55) return { name: `${rng.pick(ENGLISH_PLACES)} Vineyards`, chateau: false };
  if (r < 0.8) return { name: `${rng.pick(ENGLISH_PLACES)} Wines`, chateau: false };
  return { name: `${last} Family Wines`, family: last, chateau: false };
}

const BY_STYLE: Readonly<Record<ProducerStyle, (rng: Rng) => ProducerName>> = {
  bordeaux,
  france: french,
  sud: south,
  alsace,
  champagne,
  corse,
  italie,
  espagne,
  portugal,
  germanique,
  'amerique-latine': ameriqueLatine,
  anglophone,
};

export function producerName(rng: Rng, style: ProducerStyle): ProducerName {
  return BY_STYLE[style](rng);
}
