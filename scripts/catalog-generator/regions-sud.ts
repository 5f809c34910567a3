/** Rhône, Languedoc, Roussillon, Provence and Corse. */
import { AROMAS } from './aromas.js';
import { mono, style } from './define.js';
import type { Appellation } from './table-types.js';
import type { Region } from './types.js';

const inRegion =
  (region: Region) =>
  (a: Omit<Appellation, 'region' | 'country'>): Appellation => ({
    region,
    country: 'France',
    ...a,
  });
const rhone = inRegion('Rhône');
const languedoc = inRegion('Languedoc');
const roussillon = inRegion('Roussillon');
const provence = inRegion('Provence');
const corse = inRegion('Corse');

const GSM = [
  ['grenache', 'syrah'],
  ['grenache', 'syrah', 'mourvèdre'],
  ['grenache', 'syrah', 'carignan'],
  ['grenache', 'syrah', 'cinsault'],
  ['grenache', 'mourvèdre', 'syrah'],
];
const SOUTHERN_WHITE = [
  ['grenache blanc', 'clairette', 'roussanne'],
  ['grenache blanc', 'viognier'],
  ['viognier', 'roussanne', 'marsanne'],
  ['grenache blanc', 'clairette', 'bourboulenc'],
];
const SYRAH = mono('syrah');
const MARSANNE_ROUSSANNE = [['marsanne'], ['marsanne', 'roussanne'], ['roussanne', 'marsanne']];
const LANGUEDOC_RED = [
  ['syrah', 'grenache', 'mourvèdre'],
  ['grenache', 'syrah', 'carignan'],
  ['carignan', 'grenache', 'syrah'],
  ['syrah', 'grenache'],
  ['grenache', 'syrah', 'mourvèdre', 'carignan'],
];
const PROVENCE_ROSE = [
  ['grenache', 'cinsault'],
  ['grenache', 'cinsault', 'syrah'],
  ['cinsault', 'grenache', 'tibouren'],
  ['grenache', 'syrah', 'rolle'],
  ['grenache', 'cinsault', 'mourvèdre'],
];
const RHONE_DISHES = [
  'une daube provençale',
  "un gigot d'agneau aux herbes",
  'une caillette ardéchoise',
];
const NORTHERN = { vintages: [2016, 2022], drink: [8, 15], alcohol: [13, 14] } as const;

export const RHONE: readonly Appellation[] = [
  rhone({
    name: 'Côtes du Rhône',
    weight: 6,
    soils: ['des galets roulés', 'des sables et des argiles', 'des terrasses caillouteuses'],
    pairings: RHONE_DISHES,
    styles: [
      style('rouge-fruite', [7, 15], GSM, {
        vintages: [2020, 2023],
        alcohol: [13.5, 14.5],
        weight: 4,
      }),
      style('blanc-ample', [8, 14], SOUTHERN_WHITE, {
        label: 'blanc',
        vintages: [2022, 2024],
        drink: [3, 5],
      }),
      style(
        'rose-pale',
        [8, 12],
        [
          ['grenache', 'cinsault'],
          ['grenache', 'syrah', 'cinsault'],
        ],
        { label: 'rosé' },
      ),
    ],
  }),
  rhone({
    name: 'Côtes du Rhône Villages',
    weight: 3,
    soils: ['des terrasses de galets roulés', 'des safres', 'des argilo-calcaires'],
    styles: [
      style('rouge-solaire', [10, 18], GSM, {
        climats: ['Plan de Dieu', 'Séguret', 'Sablet', 'Visan', "Massif d'Uchaux", 'Signargues'],
        vintages: [2019, 2022],
        body: 'moyen',
      }),
    ],
  }),
  rhone({
    name: 'Cairanne',
    weight: 1.5,
    soils: ['des terrasses argilo-calcaires caillouteuses'],
    styles: [style('rouge-solaire', [14, 25], GSM)],
  }),
  rhone({
    name: 'Rasteau',
    weight: 1.5,
    soils: ['des marnes bleues', 'des terrasses caillouteuses'],
    styles: [
      style('rouge-solaire', [14, 28], GSM, { weight: 3 }),
      style('vdn-rouge', [15, 25], [['grenache'], ['grenache', 'syrah']], {
        label: 'vin doux naturel',
        vintages: [2016, 2021],
      }),
    ],
  }),
  rhone({
    name: 'Vinsobres',
    weight: 1,
    soils: ['des coteaux argilo-calcaires'],
    styles: [
      style(
        'rouge-solaire',
        [14, 24],
        [
          ['grenache', 'syrah'],
          ['syrah', 'grenache', 'mourvèdre'],
        ],
      ),
    ],
  }),
  rhone({
    name: 'Gigondas',
    weight: 2.5,
    soils: ['des éboulis calcaires des Dentelles de Montmirail', 'des terrasses caillouteuses'],
    pairings: RHONE_DISHES,
    styles: [
      style(
        'rouge-solaire',
        [22, 45],
        [
          ['grenache', 'syrah', 'mourvèdre'],
          ['grenache', 'mourvèdre'],
          ['grenache', 'syrah'],
          ['grenache', 'syrah', 'mourvèdre', 'cinsault'],
        ],
        {
          vintages: [2016, 2022],
          drink: [8, 15],
          alcohol: [14, 15],
        },
      ),
    ],
  }),
  rhone({
    name: 'Vacqueyras',
    weight: 2,
    soils: ['des terrasses de galets roulés', 'des sables'],
    styles: [style('rouge-solaire', [16, 30], GSM, { vintages: [2017, 2022], alcohol: [14, 15] })],
  }),
  rhone({
    name: 'Châteauneuf-du-Pape',
    weight: 4,
    soils: ['des galets roulés', 'des sables rouges', 'des safres', 'des calcaires urgoniens'],
    pairings: ["un gigot d'agneau de sept heures", 'une daube provençale', 'un lièvre à la royale'],
    styles: [
      style(
        'rouge-solaire',
        [30, 90],
        [
          ['grenache', 'syrah', 'mourvèdre'],
          ['grenache', 'mourvèdre', 'syrah', 'cinsault'],
          ['grenache', 'syrah', 'mourvèdre', 'counoise'],
          ['grenache'],
          ['grenache', 'mourvèdre'],
        ],
        { vintages: [2015, 2022], drink: [10, 20], ready: 4, alcohol: [14.5, 15], weight: 4 },
      ),
      style(
        'blanc-ample',
        [35, 80],
        [
          ['grenache blanc', 'clairette', 'roussanne'],
          ['roussanne'],
          ['grenache blanc', 'roussanne', 'bourboulenc'],
          ['clairette', 'grenache blanc', 'bourboulenc', 'piquepoul'],
        ],
        {
          label: 'blanc',
          vintages: [2019, 2023],
          drink: [6, 15],
          alcohol: [13.5, 14.5],
        },
      ),
    ],
  }),
  rhone({
    name: 'Lirac',
    weight: 1,
    soils: ['des galets roulés', 'des sables'],
    styles: [style('rouge-solaire', [14, 25], GSM)],
  }),
  rhone({
    name: 'Tavel',
    weight: 1.5,
    soils: ['des galets roulés', 'des sables', 'des lauzes calcaires'],
    styles: [
      style(
        'rose-vineux',
        [14, 24],
        [
          ['grenache', 'cinsault'],
          ['grenache', 'cinsault', 'syrah'],
          ['grenache', 'cinsault', 'mourvèdre', 'clairette'],
        ],
      ),
    ],
  }),
  rhone({
    name: 'Ventoux',
    weight: 1.5,
    soils: ['des sables et des calcaires au pied du mont Ventoux'],
    styles: [style('rouge-fruite', [7, 12], GSM, { vintages: [2021, 2023], cuveeRate: 0.3 })],
  }),
  rhone({
    name: 'Muscat de Beaumes-de-Venise',
    weight: 1,
    soils: ['des sables et des marnes au pied des Dentelles'],
    styles: [
      style('vdn-muscat', [14, 25], mono('muscat à petits grains'), {
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
    ],
  }),
  rhone({
    name: 'Crozes-Hermitage',
    weight: 4,
    soils: ['des terrasses de galets roulés', 'des lœss', 'des granites'],
    pairings: ['une caillette ardéchoise', 'une côte de veau aux girolles'],
    styles: [
      style('rouge-fruite', [15, 28], SYRAH, {
        aromas: AROMAS.syrah,
        vintages: [2018, 2023],
        alcohol: [13, 13.5],
        weight: 4,
      }),
      style('blanc-ample', [18, 28], MARSANNE_ROUSSANNE, {
        label: 'blanc',
        vintages: [2020, 2023],
      }),
    ],
  }),
  rhone({
    name: 'Saint-Joseph',
    weight: 3,
    soils: ['des granites', 'des coteaux granitiques en terrasses'],
    styles: [
      style('rouge-structure', [20, 38], SYRAH, {
        aromas: AROMAS.syrah,
        ...NORTHERN,
        body: 'moyen',
        weight: 3,
      }),
      style('blanc-ample', [22, 35], MARSANNE_ROUSSANNE, {
        label: 'blanc',
        vintages: [2020, 2023],
      }),
    ],
  }),
  rhone({
    name: 'Cornas',
    weight: 1,
    soils: ['des arènes granitiques en terrasses'],
    styles: [
      style('rouge-structure', [40, 90], SYRAH, {
        aromas: AROMAS.syrah,
        ...NORTHERN,
        ready: 5,
        drink: [12, 25],
      }),
    ],
  }),
  rhone({
    name: 'Côte-Rôtie',
    weight: 1,
    soils: ['des micaschistes', 'des gneiss en terrasses'],
    styles: [
      style('rouge-structure', [50, 130], [['syrah'], ['syrah', 'viognier']], {
        aromas: AROMAS.syrah,
        ...NORTHERN,
        ready: 5,
        drink: [12, 25],
      }),
    ],
  }),
  rhone({
    name: 'Hermitage',
    weight: 0.8,
    soils: ["des granites de la colline de l'Hermitage", 'des lœss et des cailloutis'],
    styles: [
      style('rouge-structure', [60, 200], SYRAH, {
        aromas: AROMAS.syrah,
        ...NORTHERN,
        vintages: [2012, 2020],
        ready: 8,
        drink: [15, 30],
        weight: 2,
      }),
      style('blanc-ample', [60, 180], MARSANNE_ROUSSANNE, {
        label: 'blanc',
        vintages: [2016, 2022],
        drink: [12, 25],
        ready: 3,
        body: 'corsé',
      }),
    ],
  }),
  rhone({
    name: 'Condrieu',
    weight: 1.5,
    soils: ['des arènes granitiques en terrasses', 'des granites'],
    pairings: ['une rigotte de Condrieu', 'des quenelles de brochet'],
    styles: [
      style('blanc-aromatique', [38, 70], mono('viognier'), {
        aromas: AROMAS.viognier,
        body: 'corsé',
        alcohol: [13.5, 14.5],
        vintages: [2021, 2024],
        drink: [3, 8],
      }),
    ],
  }),
  rhone({
    name: 'Costières de Nîmes',
    weight: 1.5,
    soils: ['des galets roulés villafranchiens'],
    styles: [
      style(
        'rouge-fruite',
        [8, 15],
        [
          ['syrah', 'grenache'],
          ['grenache', 'syrah', 'mourvèdre'],
        ],
        { label: 'rouge', vintages: [2020, 2023] },
      ),
      style(
        'rose-pale',
        [8, 12],
        [
          ['grenache', 'syrah'],
          ['grenache', 'cinsault', 'syrah'],
        ],
        { label: 'rosé' },
      ),
    ],
  }),
];

export const LANGUEDOC: readonly Appellation[] = [
  languedoc({
    name: 'Languedoc',
    weight: 3,
    soils: ['des argilo-calcaires', 'des galets roulés', 'des schistes'],
    styles: [
      style('rouge-fruite', [8, 15], LANGUEDOC_RED, {
        vintages: [2020, 2023],
        alcohol: [13.5, 14.5],
        weight: 3,
      }),
      style(
        'rose-pale',
        [8, 12],
        [
          ['grenache', 'cinsault'],
          ['cinsault', 'grenache', 'syrah'],
        ],
        { label: 'rosé' },
      ),
    ],
  }),
  languedoc({
    name: 'Pic Saint-Loup',
    weight: 3,
    soils: ['des éboulis calcaires', 'des marnes et des calcaires du Jurassique'],
    pairings: ["un carré d'agneau aux herbes", "une épaule d'agneau confite"],
    styles: [
      style(
        'rouge-solaire',
        [15, 35],
        [
          ['syrah', 'grenache'],
          ['syrah', 'grenache', 'mourvèdre'],
          ['syrah', 'mourvèdre', 'grenache'],
        ],
        { weight: 3 },
      ),
      style(
        'rose-pale',
        [12, 18],
        [
          ['syrah', 'grenache', 'cinsault'],
          ['grenache', 'syrah'],
        ],
        { label: 'rosé' },
      ),
    ],
  }),
  languedoc({
    name: 'Faugères',
    weight: 2,
    soils: ['des schistes'],
    styles: [
      style(
        'rouge-solaire',
        [12, 30],
        [
          ['syrah', 'grenache', 'mourvèdre', 'carignan'],
          ['syrah', 'mourvèdre'],
          ['carignan', 'grenache', 'syrah'],
        ],
      ),
    ],
  }),
  languedoc({
    name: 'Saint-Chinian',
    weight: 2,
    soils: ['des schistes', 'des argilo-calcaires'],
    styles: [style('rouge-solaire', [11, 25], LANGUEDOC_RED)],
  }),
  languedoc({
    name: 'Corbières',
    weight: 3,
    soils: ['des argilo-calcaires', 'des schistes', 'des grès'],
    pairings: ['un cassoulet', 'des saucisses grillées'],
    styles: [
      style(
        'rouge-solaire',
        [8, 20],
        [
          ['carignan', 'grenache', 'syrah'],
          ['syrah', 'grenache', 'mourvèdre'],
          ['grenache', 'carignan', 'syrah', 'mourvèdre'],
        ],
        {
          weight: 4,
        },
      ),
      style(
        'blanc-ample',
        [10, 18],
        [
          ['grenache blanc', 'roussanne', 'marsanne'],
          ['grenache blanc', 'macabeu', 'bourboulenc'],
          ['vermentino', 'roussanne'],
        ],
        {
          label: 'blanc',
          vintages: [2022, 2024],
          drink: [3, 5],
        },
      ),
    ],
  }),
  languedoc({
    name: 'Corbières-Boutenac',
    weight: 1,
    soils: ['des galets roulés sur argiles et grès'],
    styles: [
      style(
        'rouge-solaire',
        [18, 35],
        [
          ['carignan', 'grenache', 'syrah'],
          ['carignan', 'mourvèdre', 'grenache'],
        ],
      ),
    ],
  }),
  languedoc({
    name: 'Minervois',
    weight: 2.5,
    soils: ['des terrasses caillouteuses', 'des grès', 'des calcaires'],
    pairings: ['un cassoulet'],
    styles: [
      style(
        'rouge-solaire',
        [9, 20],
        [
          ['syrah', 'grenache', 'carignan'],
          ['grenache', 'syrah', 'mourvèdre'],
          ['syrah', 'carignan'],
        ],
        { body: 'moyen' },
      ),
    ],
  }),
  languedoc({
    name: 'Minervois-La Livinière',
    weight: 1,
    soils: ['des calcaires et des marnes du causse'],
    styles: [
      style(
        'rouge-solaire',
        [18, 35],
        [
          ['syrah', 'grenache'],
          ['syrah', 'grenache', 'mourvèdre'],
        ],
      ),
    ],
  }),
  languedoc({
    name: 'Terrasses du Larzac',
    weight: 1.5,
    soils: ['des galets roulés', 'des schistes', 'des grès rouges appelés ruffes'],
    styles: [
      style(
        'rouge-solaire',
        [18, 40],
        [
          ['syrah', 'grenache', 'mourvèdre'],
          ['grenache', 'syrah', 'carignan'],
          ['mourvèdre', 'syrah', 'grenache'],
        ],
      ),
    ],
  }),
  languedoc({
    name: 'La Clape',
    weight: 1,
    soils: ['des calcaires du massif de la Clape, face à la mer'],
    styles: [
      style(
        'rouge-solaire',
        [15, 30],
        [
          ['syrah', 'grenache', 'mourvèdre'],
          ['grenache', 'syrah', 'carignan'],
        ],
      ),
      style(
        'blanc-ample',
        [15, 28],
        [
          ['bourboulenc', 'grenache blanc'],
          ['bourboulenc', 'roussanne', 'marsanne'],
        ],
        { label: 'blanc', vintages: [2021, 2024] },
      ),
    ],
  }),
  languedoc({
    name: 'Picpoul de Pinet',
    weight: 2,
    soils: ["des argilo-calcaires au bord de l'étang de Thau"],
    pairings: ['des huîtres de Bouzigues', 'une tielle sétoise', 'des moules farcies'],
    styles: [
      style('blanc-vif', [8, 13], mono('piquepoul'), {
        alcohol: [12.5, 13.5],
        vintages: [2023, 2024],
        drink: [1, 3],
      }),
    ],
  }),
  languedoc({
    name: 'Crémant de Limoux',
    weight: 1.5,
    soils: ["des argilo-calcaires de la haute vallée de l'Aude"],
    styles: [
      style(
        'bulles',
        [11, 18],
        [
          ['chardonnay', 'chenin blanc'],
          ['chardonnay', 'chenin blanc', 'mauzac'],
          ['chardonnay', 'chenin blanc', 'pinot noir'],
        ],
        { label: 'brut' },
      ),
    ],
  }),
  languedoc({
    name: 'Blanquette de Limoux',
    weight: 1,
    soils: ['des argilo-calcaires'],
    styles: [
      style('bulles', [9, 14], [['mauzac'], ['mauzac', 'chenin blanc', 'chardonnay']], {
        label: 'brut',
        noun: 'vin effervescent',
      }),
    ],
  }),
  languedoc({
    name: 'Muscat de Frontignan',
    weight: 0.7,
    soils: ["des cailloutis calcaires au bord de l'étang"],
    styles: [style('vdn-muscat', [12, 20], mono('muscat à petits grains'))],
  }),
  languedoc({
    name: "IGP Pays d'Oc",
    weight: 3,
    soils: ['des argilo-calcaires', 'des terrasses caillouteuses'],
    styles: [
      style('blanc-vif', [6, 11], mono('chardonnay'), { label: 'Chardonnay', cuveeRate: 0.5 }),
      style('blanc-aromatique', [7, 12], mono('viognier'), {
        aromas: AROMAS.viognier,
        label: 'Viognier',
        cuveeRate: 0.5,
        vintages: [2023, 2024],
      }),
      style(
        'rouge-fruite',
        [6, 11],
        [['merlot'], ['cabernet sauvignon'], ['syrah'], ['merlot', 'cabernet sauvignon']],
        {
          cuveeRate: 0.8,
          vintages: [2021, 2023],
        },
      ),
      style(
        'orange',
        [14, 26],
        [
          ['muscat à petits grains'],
          ['grenache blanc', 'muscat à petits grains'],
          ['vermentino', 'grenache gris'],
        ],
        {
          label: 'orange',
          cuveeRate: 1,
          weight: 2.5,
        },
      ),
    ],
  }),
];

export const ROUSSILLON: readonly Appellation[] = [
  roussillon({
    name: 'Côtes du Roussillon',
    weight: 3,
    soils: ['des argilo-calcaires', 'des terrasses caillouteuses', 'des arènes granitiques'],
    styles: [
      style(
        'rouge-solaire',
        [8, 15],
        [
          ['grenache', 'carignan', 'syrah'],
          ['syrah', 'grenache', 'mourvèdre'],
          ['grenache', 'syrah'],
        ],
        { body: 'moyen', weight: 2 },
      ),
      style(
        'blanc-ample',
        [9, 15],
        [
          ['grenache blanc', 'grenache gris', 'macabeu'],
          ['grenache blanc', 'roussanne'],
          ['macabeu', 'vermentino', 'grenache blanc'],
        ],
        {
          label: 'blanc',
          vintages: [2022, 2024],
          drink: [3, 5],
        },
      ),
    ],
  }),
  roussillon({
    name: 'Côtes du Roussillon Villages',
    weight: 2.5,
    soils: ['des schistes noirs', 'des arènes granitiques', 'des gneiss'],
    styles: [
      style(
        'rouge-solaire',
        [12, 25],
        [
          ['grenache', 'carignan', 'syrah'],
          ['syrah', 'grenache', 'carignan'],
          ['carignan', 'grenache', 'mourvèdre'],
        ],
        {
          climats: ['Caramany', 'Latour-de-France', 'Lesquerde', 'Tautavel', 'Les Aspres'],
        },
      ),
    ],
  }),
  roussillon({
    name: 'Collioure',
    weight: 2,
    soils: ['des schistes en terrasses au-dessus de la Méditerranée'],
    pairings: ['un magret de canard aux figues', "une épaule d'agneau confite"],
    styles: [
      style(
        'rouge-solaire',
        [18, 35],
        [
          ['grenache', 'syrah', 'mourvèdre'],
          ['grenache', 'carignan', 'syrah'],
          ['grenache', 'mourvèdre'],
        ],
        { label: 'rouge', weight: 2 },
      ),
      style(
        'rose-vineux',
        [14, 20],
        [
          ['grenache', 'syrah'],
          ['grenache', 'mourvèdre', 'carignan'],
        ],
        { label: 'rosé', pairings: ['des anchois de Collioure', 'une bouillinade'] },
      ),
      style(
        'blanc-ample',
        [18, 30],
        [
          ['grenache blanc', 'grenache gris'],
          ['grenache gris', 'grenache blanc', 'vermentino'],
        ],
        {
          label: 'blanc',
          vintages: [2021, 2024],
          pairings: ['des anchois de Collioure', 'une bouillinade'],
        },
      ),
    ],
  }),
  roussillon({
    name: 'Banyuls',
    weight: 2,
    soils: ['des schistes en terrasses au-dessus de la Méditerranée'],
    styles: [
      style(
        'vdn-rouge',
        [18, 35],
        [['grenache'], ['grenache', 'carignan'], ['grenache', 'grenache gris']],
        { label: 'Rimage', weight: 2 },
      ),
      style('vdn-tuile', [20, 45], [['grenache'], ['grenache', 'grenache gris']], {
        label: 'Traditionnel',
        cuvees: ["Hors d'Âge", 'Solera', "10 ans d'âge"],
      }),
    ],
  }),
  roussillon({
    name: 'Banyuls Grand Cru',
    weight: 0.7,
    soils: ['des schistes en terrasses'],
    styles: [
      style('vdn-tuile', [30, 60], [['grenache'], ['grenache', 'grenache gris']], {
        vintages: [2005, 2015],
      }),
    ],
  }),
  roussillon({
    name: 'Maury',
    weight: 1.5,
    soils: ['des schistes noirs', "des marnes noires de l'Albien"],
    styles: [
      style('vdn-rouge', [16, 30], [['grenache'], ['grenache', 'grenache gris']], {
        label: 'Grenat',
      }),
      style(
        'rouge-solaire',
        [14, 25],
        [
          ['grenache', 'syrah', 'carignan'],
          ['grenache', 'carignan'],
        ],
        { label: 'sec' },
      ),
    ],
  }),
  roussillon({
    name: 'Rivesaltes',
    weight: 1,
    soils: ['des terrasses caillouteuses', 'des argilo-calcaires'],
    styles: [
      style(
        'vdn-tuile',
        [15, 35],
        [
          ['grenache', 'grenache gris'],
          ['grenache blanc', 'grenache gris', 'macabeu'],
        ],
        { label: 'Ambré', cuvees: ["Hors d'Âge", "20 ans d'âge"] },
      ),
    ],
  }),
  roussillon({
    name: 'Muscat de Rivesaltes',
    weight: 1.5,
    soils: ['des terrasses caillouteuses'],
    styles: [
      style(
        'vdn-muscat',
        [10, 18],
        [['muscat à petits grains'], ['muscat à petits grains', "muscat d'Alexandrie"]],
      ),
    ],
  }),
  roussillon({
    name: 'IGP Côtes Catalanes',
    weight: 1.5,
    soils: ['des schistes', 'des arènes granitiques'],
    styles: [
      style('rouge-solaire', [10, 25], [['carignan'], ['grenache', 'carignan'], ['grenache']], {
        body: 'moyen',
        cuveeRate: 1,
      }),
      style(
        'orange',
        [16, 28],
        [
          ['macabeu', 'grenache gris'],
          ["muscat d'Alexandrie"],
          ['grenache blanc', 'grenache gris'],
        ],
        { label: 'orange', cuveeRate: 1 },
      ),
    ],
  }),
];

export const PROVENCE: readonly Appellation[] = [
  provence({
    name: 'Côtes de Provence',
    weight: 6,
    soils: [
      'des schistes du massif des Maures',
      'des argilo-calcaires',
      "des sols volcaniques de l'Estérel",
    ],
    pairings: ['une salade niçoise', 'un aïoli', 'une bouillabaisse'],
    styles: [
      style('rose-pale', [10, 22], PROVENCE_ROSE, {
        weight: 6,
        volumes: [
          [750, 92],
          [1500, 8],
        ],
      }),
      style(
        'rouge-solaire',
        [12, 25],
        [
          ['syrah', 'grenache', 'mourvèdre'],
          ['grenache', 'syrah', 'cabernet sauvignon'],
          ['mourvèdre', 'syrah'],
        ],
        { label: 'rouge', body: 'moyen' },
      ),
      style(
        'blanc-ample',
        [13, 25],
        [['rolle'], ['rolle', 'ugni blanc'], ['rolle', 'clairette', 'sémillon']],
        { label: 'blanc', vintages: [2022, 2024], drink: [3, 5] },
      ),
    ],
  }),
  provence({
    name: 'Côtes de Provence Sainte-Victoire',
    weight: 1.5,
    soils: ['des argilo-calcaires au pied de la montagne Sainte-Victoire'],
    styles: [style('rose-pale', [15, 25], PROVENCE_ROSE)],
  }),
  provence({
    name: "Coteaux d'Aix-en-Provence",
    weight: 2,
    soils: ['des argilo-calcaires', 'des cailloutis calcaires'],
    styles: [
      style(
        'rose-pale',
        [10, 17],
        [
          ['grenache', 'cinsault', 'syrah'],
          ['grenache', 'syrah', 'counoise'],
        ],
        { weight: 3 },
      ),
      style(
        'rouge-solaire',
        [12, 22],
        [
          ['grenache', 'syrah', 'cabernet sauvignon'],
          ['syrah', 'grenache'],
        ],
        { label: 'rouge', body: 'moyen' },
      ),
    ],
  }),
  provence({
    name: 'Coteaux Varois en Provence',
    weight: 1,
    soils: ['des calcaires du centre Var'],
    styles: [style('rose-pale', [9, 14], PROVENCE_ROSE)],
  }),
  provence({
    name: 'Bandol',
    weight: 4,
    soils: ['des restanques argilo-calcaires', 'des grès et des marnes en terrasses'],
    pairings: ['une daube provençale', "un gigot d'agneau", 'un lapin à la provençale'],
    styles: [
      style(
        'rouge-structure',
        [25, 55],
        [['mourvèdre', 'grenache'], ['mourvèdre', 'grenache', 'cinsault'], ['mourvèdre']],
        {
          label: 'rouge',
          vintages: [2015, 2021],
          alcohol: [13.5, 14.5],
          drink: [10, 20],
          ready: 4,
          weight: 2,
        },
      ),
      style(
        'rose-vineux',
        [18, 32],
        [
          ['mourvèdre', 'grenache', 'cinsault'],
          ['mourvèdre', 'cinsault'],
        ],
        {
          label: 'rosé',
          weight: 2,
          pairings: ['une bouillabaisse', 'des rougets grillés'],
          volumes: [
            [750, 92],
            [1500, 8],
          ],
        },
      ),
      style(
        'blanc-ample',
        [22, 35],
        [
          ['clairette', 'ugni blanc'],
          ['clairette', 'bourboulenc', 'ugni blanc'],
          ['clairette', 'rolle'],
        ],
        { label: 'blanc', vintages: [2021, 2024] },
      ),
    ],
  }),
  provence({
    name: 'Cassis',
    weight: 1,
    soils: ['des calcaires au pied du cap Canaille'],
    pairings: ['une bouillabaisse', 'des oursins'],
    styles: [
      style(
        'blanc-ample',
        [20, 32],
        [
          ['marsanne', 'clairette'],
          ['clairette', 'marsanne', 'ugni blanc'],
        ],
        { label: 'blanc', vintages: [2022, 2024], drink: [3, 6] },
      ),
    ],
  }),
  provence({
    name: 'Palette',
    weight: 0.5,
    soils: ["des éboulis calcaires près d'Aix"],
    styles: [
      style('rouge-structure', [30, 60], [['mourvèdre', 'grenache', 'cinsault']], {
        label: 'rouge',
        body: 'moyen',
      }),
    ],
  }),
  provence({
    name: 'Les Baux-de-Provence',
    weight: 1,
    soils: ['des éboulis calcaires des Alpilles'],
    styles: [
      style(
        'rouge-solaire',
        [18, 35],
        [
          ['grenache', 'syrah', 'cabernet sauvignon'],
          ['syrah', 'grenache', 'mourvèdre'],
        ],
      ),
    ],
  }),
];

export const CORSE: readonly Appellation[] = [
  corse({
    name: 'Patrimonio',
    weight: 3,
    soils: ['des argilo-calcaires', 'des schistes du cap Corse'],
    pairings: ['une charcuterie corse', 'un civet de sanglier', 'un fromage de brebis corse'],
    styles: [
      style('rouge-solaire', [18, 35], [['nielluccio'], ['nielluccio', 'grenache']], {
        label: 'rouge',
        alcohol: [13.5, 14.5],
        weight: 3,
      }),
      style('blanc-ample', [18, 30], mono('vermentinu'), {
        label: 'blanc',
        vintages: [2022, 2024],
        drink: [3, 6],
        weight: 2,
      }),
      style('rose-pale', [15, 22], [['nielluccio'], ['nielluccio', 'grenache']], { label: 'rosé' }),
    ],
  }),
  corse({
    name: 'Ajaccio',
    weight: 2,
    soils: ['des arènes granitiques'],
    pairings: ['une charcuterie corse', 'un veau aux olives'],
    styles: [
      style('rouge-fruite', [18, 32], [['sciaccarellu'], ['sciaccarellu', 'grenache']], {
        label: 'rouge',
        body: 'léger',
        alcohol: [12.5, 13.5],
        weight: 3,
      }),
      style('rose-pale', [15, 22], [['sciaccarellu'], ['sciaccarellu', 'grenache']], {
        label: 'rosé',
      }),
      style('blanc-ample', [18, 28], mono('vermentinu'), {
        label: 'blanc',
        vintages: [2022, 2024],
        drink: [3, 6],
      }),
    ],
  }),
  corse({
    name: 'Vin de Corse',
    weight: 3,
    soils: ['des arènes granitiques', 'des schistes', 'des argilo-calcaires'],
    pairings: ['une charcuterie corse', 'un fromage de brebis corse'],
    styles: [
      style(
        'rouge-fruite',
        [12, 20],
        [
          ['nielluccio', 'sciaccarellu', 'grenache'],
          ['nielluccio', 'grenache'],
          ['sciaccarellu', 'nielluccio'],
        ],
        {
          label: 'rouge',
          climats: ['Calvi', 'Porto-Vecchio', 'Sartène', 'Figari'],
        },
      ),
      style(
        'rose-pale',
        [11, 17],
        [
          ['nielluccio', 'sciaccarellu'],
          ['sciaccarellu', 'grenache'],
        ],
        { label: 'rosé', weight: 1.5 },
      ),
      style('blanc-vif', [12, 19], mono('vermentinu'), { label: 'blanc' }),
    ],
  }),
  corse({
    name: 'Muscat du Cap Corse',
    weight: 0.8,
    soils: ['des schistes du cap Corse'],
    styles: [
      style('vdn-muscat', [18, 30], mono('muscat à petits grains'), {
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
    ],
  }),
  corse({
    name: 'IGP Île de Beauté',
    weight: 1.5,
    soils: ['des arènes granitiques', 'des alluvions'],
    styles: [
      style(
        'rose-pale',
        [8, 13],
        [
          ['sciaccarellu', 'grenache'],
          ['nielluccio', 'grenache', 'cinsault'],
        ],
        { cuveeRate: 0.8 },
      ),
      style(
        'rouge-fruite',
        [8, 13],
        [
          ['nielluccio', 'merlot'],
          ['sciaccarellu', 'syrah'],
        ],
        { cuveeRate: 0.8, vintages: [2021, 2023] },
      ),
    ],
  }),
];
