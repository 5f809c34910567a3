/** Bordeaux, Sud-Ouest and Loire: appellations, colours, grapes and price bands. */
import { AROMAS } from './aromas.js';
import { mono, style } from './define.js';
import type { Appellation } from './table-types.js';

const LEFT_BANK = [
  ['cabernet sauvignon', 'merlot'],
  ['cabernet sauvignon', 'merlot', 'cabernet franc'],
  ['cabernet sauvignon', 'merlot', 'cabernet franc', 'petit verdot'],
  ['cabernet sauvignon', 'merlot', 'petit verdot'],
];
const RIGHT_BANK = [
  ['merlot', 'cabernet franc'],
  ['merlot', 'cabernet franc', 'cabernet sauvignon'],
  ['merlot', 'cabernet sauvignon'],
];
const BORDEAUX_RED = [
  ['merlot', 'cabernet sauvignon'],
  ['merlot', 'cabernet franc'],
  ['merlot', 'cabernet sauvignon', 'cabernet franc'],
  ['merlot', 'cabernet sauvignon', 'malbec'],
];
const BORDEAUX_WHITE = [
  ['sauvignon blanc', 'sémillon'],
  ['sémillon', 'sauvignon blanc'],
  ['sauvignon blanc', 'sémillon', 'muscadelle'],
  ['sauvignon blanc'],
];
const SWEET_BORDEAUX = [
  ['sémillon', 'sauvignon blanc'],
  ['sémillon', 'sauvignon blanc', 'muscadelle'],
  ['sémillon'],
];
const BORDEAUX_PAIRINGS = [
  'une entrecôte à la bordelaise',
  'un agneau de Pauillac',
  'des cèpes à la bordelaise',
];

const bdx = (a: Omit<Appellation, 'region' | 'country'>): Appellation => ({
  region: 'Bordeaux',
  country: 'France',
  ...a,
});
const so = (a: Omit<Appellation, 'region' | 'country'>): Appellation => ({
  region: 'Sud-Ouest',
  country: 'France',
  ...a,
});
const loire = (a: Omit<Appellation, 'region' | 'country'>): Appellation => ({
  region: 'Loire',
  country: 'France',
  ...a,
});

export const BORDEAUX: readonly Appellation[] = [
  bdx({
    name: 'Bordeaux',
    weight: 6,
    soils: ['des argilo-calcaires', 'des graves sableuses', 'des coteaux argileux'],
    styles: [
      style('rouge-fruite', [7, 15], BORDEAUX_RED, { vintages: [2019, 2023], weight: 3 }),
      style('blanc-vif', [8, 14], BORDEAUX_WHITE, { label: 'blanc', weight: 2 }),
      style(
        'rose-pale',
        [8, 12],
        [
          ['merlot', 'cabernet franc'],
          ['merlot', 'cabernet sauvignon'],
        ],
        {
          label: 'rosé',
        },
      ),
    ],
  }),
  bdx({
    name: 'Bordeaux Supérieur',
    weight: 4,
    soils: ['des argilo-calcaires', 'des graves', "des coteaux de l'Entre-deux-Mers"],
    styles: [
      style('rouge-fruite', [9, 18], BORDEAUX_RED, { vintages: [2016, 2022], drink: [5, 10] }),
    ],
  }),
  bdx({
    name: 'Entre-deux-Mers',
    weight: 3,
    soils: ['des argilo-calcaires', 'des boulbènes'],
    pairings: ["des huîtres du bassin d'Arcachon"],
    styles: [style('blanc-vif', [8, 13], BORDEAUX_WHITE)],
  }),
  bdx({
    name: 'Côtes de Bourg',
    weight: 2,
    soils: ["des coteaux argilo-calcaires dominant l'estuaire", 'des argiles rouges'],
    styles: [
      style(
        'rouge-fruite',
        [9, 18],
        [
          ['merlot', 'cabernet sauvignon'],
          ['merlot', 'cabernet sauvignon', 'malbec'],
        ],
        {
          vintages: [2016, 2022],
        },
      ),
    ],
  }),
  bdx({
    name: 'Blaye Côtes de Bordeaux',
    weight: 2,
    soils: ['des argilo-calcaires', 'des coteaux face à la Gironde'],
    styles: [style('rouge-fruite', [9, 18], RIGHT_BANK, { vintages: [2016, 2022] })],
  }),
  bdx({
    name: 'Castillon Côtes de Bordeaux',
    weight: 2,
    soils: ['le prolongement du plateau calcaire de Saint-Émilion', 'des argilo-calcaires'],
    styles: [style('rouge-structure', [12, 25], RIGHT_BANK, { body: 'moyen', drink: [6, 12] })],
  }),
  bdx({
    name: 'Médoc',
    weight: 3,
    soils: ['des graves', 'des argilo-calcaires du nord Médoc'],
    styles: [style('rouge-structure', [12, 25], LEFT_BANK, { drink: [6, 12] })],
  }),
  bdx({
    name: 'Haut-Médoc',
    weight: 3,
    soils: ['des croupes de graves', 'des graves garonnaises'],
    styles: [style('rouge-structure', [14, 35], LEFT_BANK, { drink: [7, 15] })],
  }),
  bdx({
    name: 'Pauillac',
    weight: 2,
    soils: ['des croupes de graves garonnaises', 'des graves profondes'],
    pairings: BORDEAUX_PAIRINGS,
    styles: [
      style('rouge-structure', [35, 150], LEFT_BANK, {
        vintages: [2012, 2020],
        drink: [15, 30],
        ready: 8,
        alcohol: [13, 14],
      }),
    ],
  }),
  bdx({
    name: 'Margaux',
    weight: 2,
    soils: ['des graves maigres', 'des croupes de graves fines'],
    pairings: BORDEAUX_PAIRINGS,
    styles: [
      style('rouge-structure', [35, 140], LEFT_BANK, {
        vintages: [2012, 2020],
        drink: [12, 25],
        ready: 7,
      }),
    ],
  }),
  bdx({
    name: 'Saint-Julien',
    weight: 1.5,
    soils: ['des croupes de graves', 'des graves profondes'],
    pairings: BORDEAUX_PAIRINGS,
    styles: [
      style('rouge-structure', [35, 120], LEFT_BANK, {
        vintages: [2012, 2020],
        drink: [12, 25],
        ready: 7,
      }),
    ],
  }),
  bdx({
    name: 'Saint-Estèphe',
    weight: 1.5,
    soils: ['des graves sur argiles', 'des argiles et des calcaires'],
    pairings: BORDEAUX_PAIRINGS,
    styles: [
      style('rouge-structure', [30, 110], LEFT_BANK, {
        vintages: [2012, 2020],
        drink: [12, 25],
        ready: 7,
      }),
    ],
  }),
  bdx({
    name: 'Listrac-Médoc',
    weight: 1,
    soils: ['des argilo-calcaires', 'des graves pyrénéennes'],
    styles: [style('rouge-structure', [16, 30], [['merlot', 'cabernet sauvignon'], ...LEFT_BANK])],
  }),
  bdx({
    name: 'Moulis-en-Médoc',
    weight: 1,
    soils: ['des graves', 'des argilo-calcaires'],
    styles: [style('rouge-structure', [18, 35], LEFT_BANK)],
  }),
  bdx({
    name: 'Pessac-Léognan',
    weight: 2,
    soils: ['des graves profondes', 'des croupes de graves et de sables'],
    styles: [
      style('rouge-structure', [25, 90], LEFT_BANK, {
        vintages: [2014, 2020],
        drink: [10, 20],
        ready: 5,
      }),
      style(
        'blanc-ample',
        [28, 90],
        [
          ['sauvignon blanc', 'sémillon'],
          ['sémillon', 'sauvignon blanc'],
        ],
        {
          label: 'blanc',
          vintages: [2018, 2022],
          drink: [8, 15],
        },
      ),
    ],
  }),
  bdx({
    name: 'Graves',
    weight: 2,
    soils: ['des graves', 'des sables et des graves'],
    styles: [
      style('rouge-fruite', [13, 28], [['merlot', 'cabernet sauvignon'], ...LEFT_BANK], {
        vintages: [2016, 2021],
        drink: [6, 12],
      }),
      style('blanc-ample', [13, 25], BORDEAUX_WHITE, { label: 'blanc', vintages: [2020, 2023] }),
    ],
  }),
  bdx({
    name: 'Saint-Émilion',
    weight: 2,
    soils: ['des sables et des graves', 'des argilo-calcaires'],
    styles: [
      style('rouge-fruite', [15, 35], RIGHT_BANK, { vintages: [2016, 2021], drink: [6, 12] }),
    ],
  }),
  bdx({
    name: 'Saint-Émilion Grand Cru',
    weight: 3,
    soils: ['le plateau calcaire', 'des argilo-calcaires', 'des côtes argilo-calcaires'],
    styles: [
      style('rouge-structure', [22, 90], RIGHT_BANK, {
        vintages: [2014, 2020],
        drink: [10, 20],
        ready: 5,
      }),
    ],
  }),
  bdx({
    name: 'Pomerol',
    weight: 1.5,
    soils: ['des argiles à crasse de fer', 'des graves argileuses'],
    styles: [
      style('rouge-structure', [40, 180], [['merlot', 'cabernet franc'], ['merlot']], {
        vintages: [2012, 2020],
        drink: [12, 25],
        ready: 6,
      }),
    ],
  }),
  bdx({
    name: 'Lalande-de-Pomerol',
    weight: 1.5,
    soils: ['des graves et des sables', 'des argiles graveleuses'],
    styles: [
      style('rouge-fruite', [20, 40], RIGHT_BANK, { vintages: [2015, 2021], drink: [6, 12] }),
    ],
  }),
  bdx({
    name: 'Fronsac',
    weight: 1,
    soils: ['des argilo-calcaires', 'des molasses du Fronsadais'],
    styles: [style('rouge-structure', [14, 28], RIGHT_BANK, { body: 'moyen', drink: [6, 12] })],
  }),
  bdx({
    name: 'Sauternes',
    weight: 2,
    soils: ['des graves et des argiles', 'des croupes de graves'],
    styles: [
      style('liquoreux', [25, 120], SWEET_BORDEAUX, {
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
    ],
  }),
  bdx({
    name: 'Barsac',
    weight: 1,
    soils: ['des calcaires à astéries', 'des sables rouges sur calcaire'],
    styles: [
      style('liquoreux', [25, 80], SWEET_BORDEAUX, {
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
    ],
  }),
  bdx({
    name: 'Loupiac',
    weight: 1,
    soils: ['des coteaux argilo-calcaires face à Sauternes'],
    styles: [
      style('moelleux', [14, 25], SWEET_BORDEAUX, { noun: 'liquoreux', sweetness: 'liquoreux' }),
    ],
  }),
  bdx({
    name: 'Crémant de Bordeaux',
    weight: 1,
    soils: ['des argilo-calcaires'],
    styles: [
      style(
        'bulles',
        [11, 18],
        [
          ['sémillon', 'cabernet franc'],
          ['sémillon', 'sauvignon blanc', 'muscadelle'],
          ['merlot', 'cabernet franc'],
        ],
        {
          label: 'brut',
        },
      ),
    ],
  }),
];

export const SUD_OUEST: readonly Appellation[] = [
  so({
    name: 'Cahors',
    weight: 4,
    soils: ['des terrasses de la vallée du Lot', 'les causses calcaires'],
    pairings: ['un cassoulet', 'un confit de canard', 'une truffe noire du Quercy'],
    styles: [
      style(
        'rouge-structure',
        [10, 35],
        [['malbec'], ['malbec', 'merlot'], ['malbec', 'merlot', 'tannat']],
        { aromas: AROMAS.malbec, vintages: [2015, 2021], alcohol: [13, 14.5] },
      ),
    ],
  }),
  so({
    name: 'Madiran',
    weight: 3,
    soils: ['des argiles à galets', 'des coteaux argilo-calcaires'],
    pairings: ['un confit de canard', 'une garbure', 'un magret de canard'],
    styles: [
      style(
        'rouge-structure',
        [12, 35],
        [
          ['tannat'],
          ['tannat', 'cabernet franc'],
          ['tannat', 'cabernet sauvignon', 'cabernet franc'],
          ['tannat', 'fer servadou'],
        ],
        { vintages: [2015, 2021], alcohol: [13.5, 14.5], drink: [10, 20] },
      ),
    ],
  }),
  so({
    name: 'Pacherenc du Vic-Bilh',
    weight: 1,
    soils: ['des argiles à galets'],
    styles: [
      style(
        'moelleux',
        [14, 28],
        [
          ['petit manseng', 'gros manseng'],
          ['petit manseng', 'petit courbu', 'arrufiac'],
        ],
        {
          volumes: [
            [750, 7],
            [375, 3],
          ],
        },
      ),
    ],
  }),
  so({
    name: 'Jurançon',
    weight: 3,
    soils: [
      "des coteaux de poudingues et d'argiles",
      'des terrasses ensoleillées du piémont pyrénéen',
    ],
    pairings: ['une garbure', "un fromage de brebis d'Ossau-Iraty", 'une truite aux amandes'],
    styles: [
      style(
        'blanc-aromatique',
        [13, 25],
        [
          ['gros manseng'],
          ['gros manseng', 'petit manseng'],
          ['gros manseng', 'petit manseng', 'courbu'],
        ],
        { aromas: AROMAS.manseng, label: 'sec', alcohol: [13, 14] },
      ),
      style('moelleux', [16, 40], [['petit manseng'], ['petit manseng', 'gros manseng']], {
        pairings: ['un foie gras', "un fromage de brebis d'Ossau-Iraty"],
        volumes: [
          [750, 7],
          [375, 3],
        ],
        alcohol: [12.5, 14],
      }),
    ],
  }),
  so({
    name: 'Monbazillac',
    weight: 2,
    soils: ['des coteaux argilo-calcaires dominant la Dordogne'],
    styles: [
      style('liquoreux', [12, 30], SWEET_BORDEAUX, {
        vintages: [2014, 2022],
        drink: [10, 25],
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
    ],
  }),
  so({
    name: 'Bergerac',
    weight: 2,
    soils: ['des argilo-calcaires', 'des graves'],
    styles: [
      style(
        'rouge-fruite',
        [8, 14],
        [
          ['merlot', 'cabernet sauvignon'],
          ['merlot', 'cabernet franc', 'malbec'],
        ],
        {
          label: 'rouge',
        },
      ),
      style(
        'blanc-vif',
        [8, 13],
        [
          ['sauvignon blanc', 'sémillon'],
          ['sauvignon blanc', 'sémillon', 'muscadelle'],
        ],
        {
          label: 'sec',
        },
      ),
    ],
  }),
  so({
    name: 'Pécharmant',
    weight: 1,
    soils: ['des sables et des graviers ferrugineux'],
    styles: [
      style(
        'rouge-structure',
        [14, 25],
        [
          ['merlot', 'cabernet sauvignon', 'cabernet franc', 'malbec'],
          ['merlot', 'cabernet sauvignon'],
        ],
        { body: 'moyen' },
      ),
    ],
  }),
  so({
    name: 'Gaillac',
    weight: 3,
    soils: ['des coteaux calcaires de la rive droite du Tarn', 'des terrasses de graves'],
    styles: [
      style(
        'rouge-fruite',
        [9, 18],
        [
          ['duras', 'fer servadou', 'syrah'],
          ['fer servadou', 'duras'],
          ['duras', 'syrah'],
          ['prunelart', 'duras'],
        ],
        {
          label: 'rouge',
        },
      ),
      style(
        'blanc-vif',
        [9, 15],
        [['mauzac', "len de l'el"], ["len de l'el", 'mauzac', "loin de l'œil"], ['mauzac']],
        {
          label: 'blanc sec',
        },
      ),
      style(
        'moelleux',
        [12, 20],
        [
          ["len de l'el", 'mauzac'],
          ['mauzac', 'muscadelle'],
        ],
        { label: 'doux' },
      ),
      style('bulles', [11, 16], mono('mauzac'), {
        label: 'méthode ancestrale',
        sweetness: 'demi-sec',
        alcohol: [9, 11],
        noun: 'vin effervescent',
      }),
    ],
  }),
  so({
    name: 'Fronton',
    weight: 1.5,
    soils: ['des terrasses de boulbènes et de graves'],
    styles: [
      style(
        'rouge-fruite',
        [8, 14],
        [['négrette'], ['négrette', 'syrah'], ['négrette', 'cabernet franc']],
      ),
      style('rose-pale', [8, 12], [['négrette', 'syrah'], ['négrette']], { label: 'rosé' }),
    ],
  }),
  so({
    name: 'Marcillac',
    weight: 1,
    soils: ['des argiles rouges, le « rougier »'],
    styles: [style('rouge-leger', [10, 15], mono('fer servadou'), { vintages: [2021, 2023] })],
  }),
  so({
    name: 'Irouléguy',
    weight: 1,
    soils: ['des terrasses de grès rouge du Pays basque'],
    pairings: ['un axoa de veau', 'une piperade', 'un fromage de brebis'],
    styles: [
      style(
        'rouge-structure',
        [15, 28],
        [
          ['tannat', 'cabernet franc'],
          ['tannat', 'cabernet franc', 'cabernet sauvignon'],
        ],
      ),
    ],
  }),
  so({
    name: 'IGP Côtes de Gascogne',
    weight: 2,
    soils: ['des sables fauves', 'des boulbènes'],
    styles: [
      style(
        'blanc-vif',
        [6, 9],
        [
          ['colombard', 'ugni blanc'],
          ['colombard', 'gros manseng'],
          ['gros manseng', 'sauvignon blanc'],
        ],
        {
          cuveeRate: 0.3,
        },
      ),
    ],
  }),
];

const LOIRE_REDS = ['une andouillette', 'des rillons de Touraine', 'un filet mignon de porc'];

export const LOIRE: readonly Appellation[] = [
  loire({
    name: 'Muscadet Sèvre et Maine',
    weight: 4,
    soils: ['des gneiss et des micaschistes', 'des gabbros', 'des granites'],
    pairings: ['des huîtres', 'un plateau de fruits de mer', 'des moules marinières'],
    styles: [
      style('blanc-vif', [8, 14], mono('melon de Bourgogne'), {
        label: 'sur lie',
        alcohol: [11.5, 12.5],
        vintages: [2022, 2024],
        weight: 4,
      }),
      style('blanc-vif', [18, 28], mono('melon de Bourgogne'), {
        climats: ['Clisson', 'Gorges', 'Le Pallet', 'Château-Thébaud', 'Monnières-Saint-Fiacre'],
        alcohol: [12, 12.5],
        vintages: [2016, 2020],
        drink: [8, 15],
        weight: 1,
      }),
    ],
  }),
  loire({
    name: 'Sancerre',
    weight: 5,
    soils: ['des silex', 'des terres blanches', 'des caillottes calcaires'],
    pairings: ['un crottin de Chavignol', 'une truite meunière'],
    styles: [
      style('blanc-vif', [18, 32], mono('sauvignon blanc'), {
        aromas: AROMAS.sauvignon,
        alcohol: [12.5, 13.5],
        cuvees: ['Les Caillottes', 'Silex', 'Les Monts Damnés', 'Terres Blanches', 'La Côte'],
        weight: 5,
      }),
      style('rouge-pinot', [20, 35], mono('pinot noir'), {
        label: 'rouge',
        vintages: [2019, 2023],
        weight: 2,
      }),
      style('rose-pale', [16, 22], mono('pinot noir'), { label: 'rosé', weight: 1 }),
    ],
  }),
  loire({
    name: 'Pouilly-Fumé',
    weight: 3,
    soils: ['des silex', 'des marnes kimméridgiennes', 'des calcaires'],
    pairings: ['un crottin de Chavignol', 'un sandre au beurre blanc'],
    styles: [
      style('blanc-vif', [18, 35], mono('sauvignon blanc'), {
        aromas: AROMAS.sauvignon,
        alcohol: [12.5, 13.5],
        cuvees: ['Silex', 'Vieilles Vignes'],
      }),
    ],
  }),
  loire({
    name: 'Menetou-Salon',
    weight: 1.5,
    soils: ['des marnes kimméridgiennes'],
    styles: [
      style('blanc-vif', [14, 22], mono('sauvignon blanc'), {
        aromas: AROMAS.sauvignon,
        weight: 2,
      }),
      style('rouge-pinot', [15, 22], mono('pinot noir'), { label: 'rouge', body: 'léger' }),
    ],
  }),
  loire({
    name: 'Quincy',
    weight: 1,
    soils: ['des sables et des graviers anciens'],
    styles: [style('blanc-vif', [12, 18], mono('sauvignon blanc'), { aromas: AROMAS.sauvignon })],
  }),
  loire({
    name: 'Touraine',
    weight: 2,
    soils: ['des argiles à silex', 'des sables'],
    styles: [
      style('blanc-vif', [9, 14], mono('sauvignon blanc'), {
        aromas: AROMAS.sauvignon,
        label: 'Sauvignon',
        weight: 2,
      }),
      style(
        'rouge-leger',
        [9, 13],
        [['gamay'], ['côt'], ['gamay', 'côt'], ['cabernet franc', 'côt']],
        { label: 'rouge' },
      ),
    ],
  }),
  loire({
    name: 'Vouvray',
    weight: 4,
    soils: ['des argiles à silex sur tuffeau', 'des perruches', 'des aubuis'],
    pairings: ['un sandre au beurre blanc', 'des rillettes de Tours'],
    styles: [
      style('blanc-vif', [13, 25], mono('chenin blanc'), {
        aromas: AROMAS.chenin,
        label: 'sec',
        alcohol: [12.5, 13.5],
        vintages: [2020, 2023],
        drink: [5, 12],
      }),
      style('blanc-demi-sec', [13, 25], mono('chenin blanc'), { label: 'demi-sec' }),
      style('moelleux', [20, 45], mono('chenin blanc'), {
        label: 'moelleux',
        vintages: [2015, 2022],
        drink: [15, 40],
      }),
      style('bulles', [12, 18], mono('chenin blanc'), { label: 'brut', noun: 'vin effervescent' }),
    ],
  }),
  loire({
    name: 'Montlouis-sur-Loire',
    weight: 2,
    soils: ['des argiles à silex sur tuffeau', 'des sables'],
    styles: [
      style('blanc-vif', [15, 28], mono('chenin blanc'), {
        aromas: AROMAS.chenin,
        label: 'sec',
        alcohol: [12.5, 13.5],
        drink: [5, 12],
        weight: 3,
      }),
      style('bulles', [14, 20], mono('chenin blanc'), {
        label: 'pétillant brut',
        noun: 'vin effervescent',
      }),
    ],
  }),
  loire({
    name: 'Savennières',
    weight: 1.5,
    soils: ['des schistes bleus', 'des rhyolites et des grès'],
    styles: [
      style('blanc-ample', [20, 40], mono('chenin blanc'), {
        aromas: AROMAS.chenin,
        vintages: [2017, 2022],
        drink: [8, 20],
      }),
    ],
  }),
  loire({
    name: 'Anjou',
    weight: 3,
    soils: ['des schistes', 'des argiles sur schistes'],
    styles: [
      style('blanc-ample', [12, 22], mono('chenin blanc'), {
        aromas: AROMAS.chenin,
        label: 'blanc',
        alcohol: [12.5, 13.5],
        vintages: [2020, 2023],
      }),
      style(
        'rouge-fruite',
        [10, 16],
        [['cabernet franc'], ['cabernet franc', 'cabernet sauvignon']],
        { label: 'rouge', aromas: AROMAS.cabernetFranc, alcohol: [12.5, 13.5] },
      ),
    ],
  }),
  loire({
    name: "Rosé d'Anjou",
    weight: 1.5,
    soils: ['des schistes'],
    styles: [
      style(
        'rose-demi-sec',
        [7, 11],
        [['grolleau', 'cabernet franc'], ['grolleau', 'gamay', 'côt'], ['grolleau']],
        { cuveeRate: 0.2 },
      ),
    ],
  }),
  loire({
    name: "Cabernet d'Anjou",
    weight: 1,
    soils: ['des schistes'],
    styles: [
      style(
        'rose-demi-sec',
        [8, 12],
        [['cabernet franc'], ['cabernet franc', 'cabernet sauvignon']],
      ),
    ],
  }),
  loire({
    name: 'Coteaux du Layon',
    weight: 2,
    soils: ['des schistes', 'des coteaux de schistes et de grès'],
    styles: [
      style('moelleux', [14, 30], mono('chenin blanc'), {
        volumes: [
          [750, 7],
          [375, 3],
        ],
      }),
    ],
  }),
  loire({
    name: 'Quarts de Chaume',
    weight: 0.5,
    soils: ['des schistes et des grès du Layon'],
    styles: [
      style('liquoreux', [35, 70], mono('chenin blanc'), {
        label: 'Grand Cru',
        cuveeRate: 0,
        alcohol: [12.5, 13.5],
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
    ],
  }),
  loire({
    name: 'Saumur',
    weight: 2,
    soils: ['des tuffeaux', 'des argilo-calcaires sur tuffeau'],
    styles: [
      style('blanc-vif', [11, 18], mono('chenin blanc'), {
        aromas: AROMAS.chenin,
        label: 'blanc',
        alcohol: [12.5, 13.5],
      }),
      style('rouge-fruite', [10, 16], mono('cabernet franc'), {
        label: 'rouge',
        aromas: AROMAS.cabernetFranc,
        alcohol: [12.5, 13.5],
      }),
    ],
  }),
  loire({
    name: 'Saumur-Champigny',
    weight: 3,
    soils: ['des tuffeaux', 'des argilo-calcaires sur tuffeau'],
    pairings: LOIRE_REDS,
    styles: [
      style('rouge-fruite', [12, 24], mono('cabernet franc'), {
        aromas: AROMAS.cabernetFranc,
        alcohol: [12.5, 13.5],
      }),
    ],
  }),
  loire({
    name: 'Chinon',
    weight: 4,
    soils: ['des graviers de la Vienne', 'des argilo-calcaires sur tuffeau', 'des argiles à silex'],
    pairings: LOIRE_REDS,
    styles: [
      style('rouge-fruite', [12, 28], mono('cabernet franc'), {
        aromas: AROMAS.cabernetFranc,
        alcohol: [12.5, 13.5],
        weight: 5,
      }),
      style('blanc-ample', [15, 24], mono('chenin blanc'), {
        aromas: AROMAS.chenin,
        label: 'blanc',
        vintages: [2020, 2023],
      }),
      style('rose-pale', [11, 15], mono('cabernet franc'), { label: 'rosé' }),
    ],
  }),
  loire({
    name: 'Bourgueil',
    weight: 2,
    soils: ['des argilo-calcaires sur tuffeau', 'des graviers'],
    pairings: LOIRE_REDS,
    styles: [
      style(
        'rouge-fruite',
        [12, 24],
        [['cabernet franc'], ['cabernet franc', 'cabernet sauvignon']],
        { aromas: AROMAS.cabernetFranc, alcohol: [12.5, 13.5] },
      ),
    ],
  }),
  loire({
    name: 'Saint-Nicolas-de-Bourgueil',
    weight: 1.5,
    soils: ['des sables et des graviers', 'des coteaux argilo-calcaires'],
    pairings: LOIRE_REDS,
    styles: [
      style('rouge-leger', [12, 22], mono('cabernet franc'), {
        aromas: AROMAS.cabernetFranc,
        vintages: [2020, 2023],
      }),
    ],
  }),
  loire({
    name: 'Crémant de Loire',
    weight: 2,
    soils: ['des tuffeaux', 'des argilo-calcaires'],
    styles: [
      style(
        'bulles',
        [11, 17],
        [
          ['chenin blanc', 'chardonnay'],
          ['chenin blanc', 'chardonnay', 'cabernet franc'],
          ['chenin blanc'],
        ],
        {
          label: 'brut',
          weight: 3,
        },
      ),
      style(
        'bulles-rose',
        [12, 18],
        [
          ['cabernet franc', 'grolleau'],
          ['cabernet franc', 'pinot noir'],
        ],
        {
          label: 'rosé brut',
          noun: 'crémant',
          body: 'léger',
        },
      ),
    ],
  }),
];
