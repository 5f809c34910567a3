/** Bourgogne, Beaujolais, Champagne, Alsace, Jura and Savoie. */
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
const bourgogne = inRegion('Bourgogne');
const beaujolais = inRegion('Beaujolais');
const champagne = inRegion('Champagne');
const alsace = inRegion('Alsace');
const jura = inRegion('Jura');
const savoie = inRegion('Savoie');

const PINOT = mono('pinot noir');
const CHARDONNAY = mono('chardonnay');
const GAMAY = mono('gamay');
const BURGUNDY_RED_DISHES = ['un bœuf bourguignon', 'des œufs en meurette', 'un époisses'];
const BURGUNDY_WHITE_DISHES = ['des escargots de Bourgogne', 'une volaille de Bresse à la crème'];
const VILLAGE_RED = {
  vintages: [2015, 2022],
  drink: [8, 15],
  ready: 3,
  alcohol: [13, 13.5],
} as const;
const GRAND_CRU_RED = {
  cuveeRate: 0,
  vintages: [2012, 2020],
  drink: [15, 30],
  ready: 8,
  body: 'corsé',
  alcohol: [13, 14],
} as const;
const VILLAGE_WHITE = { vintages: [2019, 2023], drink: [6, 12], alcohol: [13, 13.5] } as const;

export const BOURGOGNE: readonly Appellation[] = [
  bourgogne({
    name: 'Bourgogne',
    weight: 5,
    soils: ['des argilo-calcaires', 'des marnes et des calcaires'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [
      style('rouge-pinot', [14, 24], PINOT, {
        label: 'Pinot Noir',
        vintages: [2019, 2023],
        weight: 3,
      }),
      style('blanc-ample', [14, 24], CHARDONNAY, {
        label: 'Chardonnay',
        alcohol: [12.5, 13.5],
        vintages: [2020, 2023],
        weight: 2,
      }),
    ],
  }),
  bourgogne({
    name: 'Bourgogne Aligoté',
    weight: 2,
    soils: ['des marnes argilo-calcaires'],
    pairings: ['des escargots de Bourgogne', 'une gougère'],
    styles: [style('blanc-vif', [11, 18], mono('aligoté'))],
  }),
  bourgogne({
    name: 'Petit Chablis',
    weight: 1.5,
    soils: ['des calcaires portlandiens'],
    styles: [style('blanc-vif', [13, 19], CHARDONNAY)],
  }),
  bourgogne({
    name: 'Chablis',
    weight: 4,
    soils: ['des marnes kimméridgiennes', 'des calcaires à petites huîtres fossiles'],
    pairings: ['des huîtres', 'des escargots de Bourgogne', 'un jambon persillé'],
    styles: [
      style('blanc-vif', [17, 30], CHARDONNAY, {
        alcohol: [12, 13],
        vintages: [2020, 2024],
        drink: [4, 8],
      }),
    ],
  }),
  bourgogne({
    name: 'Chablis Premier Cru',
    weight: 2,
    soils: ['des marnes kimméridgiennes'],
    pairings: ['des huîtres', 'un turbot au beurre blanc'],
    styles: [
      style('blanc-vif', [28, 55], CHARDONNAY, {
        climats: [
          'Montée de Tonnerre',
          'Vaillons',
          'Fourchaume',
          'Mont de Milieu',
          'Montmains',
          'Côte de Léchet',
          'Vau de Vey',
        ],
        body: 'moyen',
        alcohol: [12.5, 13.5],
        vintages: [2019, 2023],
        drink: [8, 15],
      }),
    ],
  }),
  bourgogne({
    name: 'Chablis Grand Cru',
    weight: 0.7,
    soils: ['des marnes kimméridgiennes du coteau de la rive droite du Serein'],
    styles: [
      style('blanc-ample', [70, 160], CHARDONNAY, {
        climats: [
          'Les Clos',
          'Vaudésir',
          'Les Preuses',
          'Blanchot',
          'Bougros',
          'Grenouilles',
          'Valmur',
        ],
        vintages: [2017, 2022],
        drink: [12, 20],
        ready: 4,
      }),
    ],
  }),
  bourgogne({
    name: 'Irancy',
    weight: 1,
    soils: ['des coteaux de marnes kimméridgiennes'],
    styles: [
      style('rouge-pinot', [18, 28], [['pinot noir'], ['pinot noir', 'césar']], {
        vintages: [2018, 2022],
      }),
    ],
  }),
  bourgogne({
    name: 'Marsannay',
    weight: 1,
    soils: ['des argilo-calcaires', 'des éboulis calcaires'],
    styles: [
      style('rouge-pinot', [22, 35], PINOT, { label: 'rouge', vintages: [2017, 2022], weight: 2 }),
      style('rose-vineux', [16, 22], PINOT, { label: 'rosé', alcohol: [12.5, 13] }),
    ],
  }),
  bourgogne({
    name: 'Côte de Nuits-Villages',
    weight: 1.5,
    soils: ['des argilo-calcaires', 'des marnes'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [style('rouge-pinot', [22, 38], PINOT, { vintages: [2017, 2022] })],
  }),
  bourgogne({
    name: 'Gevrey-Chambertin',
    weight: 2,
    soils: ['des marnes et des calcaires à entroques', 'des éboulis calcaires'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [
      style('rouge-pinot', [45, 95], PINOT, { ...VILLAGE_RED, weight: 3 }),
      style('rouge-pinot', [80, 150], PINOT, {
        ...VILLAGE_RED,
        climats: [
          'Premier Cru Lavaut Saint-Jacques',
          'Premier Cru Les Cazetiers',
          'Premier Cru Les Corbeaux',
        ],
        drink: [12, 20],
        ready: 5,
      }),
    ],
  }),
  bourgogne({
    name: 'Chambolle-Musigny',
    weight: 1,
    soils: ['des calcaires fissurés', 'des éboulis calcaires'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [style('rouge-pinot', [55, 110], PINOT, VILLAGE_RED)],
  }),
  bourgogne({
    name: 'Vosne-Romanée',
    weight: 1,
    soils: ['des marnes et des calcaires', 'des argilo-calcaires'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [style('rouge-pinot', [65, 140], PINOT, VILLAGE_RED)],
  }),
  bourgogne({
    name: 'Nuits-Saint-Georges',
    weight: 1.5,
    soils: ['des argilo-calcaires', 'des cailloutis calcaires'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [style('rouge-pinot', [45, 95], PINOT, { ...VILLAGE_RED, body: 'corsé' })],
  }),
  bourgogne({
    name: 'Clos de Vougeot',
    weight: 0.5,
    soils: ['des calcaires et des argiles du clos cistercien'],
    pairings: ['un lièvre à la royale', 'un pigeon rôti'],
    styles: [style('rouge-pinot', [90, 220], PINOT, { ...GRAND_CRU_RED, label: 'Grand Cru' })],
  }),
  bourgogne({
    name: 'Charmes-Chambertin',
    weight: 0.4,
    soils: ['des calcaires à entroques'],
    pairings: ['un lièvre à la royale', 'un chevreuil sauce grand veneur'],
    styles: [style('rouge-pinot', [130, 250], PINOT, { ...GRAND_CRU_RED, label: 'Grand Cru' })],
  }),
  bourgogne({
    name: 'Corton',
    weight: 0.5,
    soils: ['des marnes et des calcaires de la colline de Corton'],
    styles: [
      style('rouge-pinot', [80, 180], PINOT, {
        ...GRAND_CRU_RED,
        climats: [
          'Grand Cru Les Bressandes',
          'Grand Cru Le Clos du Roi',
          'Grand Cru Les Renardes',
          'Grand Cru Les Rognets',
        ],
      }),
    ],
  }),
  bourgogne({
    name: 'Corton-Charlemagne',
    weight: 0.4,
    soils: ['des marnes blanches du haut de la colline de Corton'],
    styles: [
      style('blanc-ample', [120, 250], CHARDONNAY, {
        label: 'Grand Cru',
        cuveeRate: 0,
        vintages: [2016, 2022],
        drink: [12, 25],
        ready: 5,
        body: 'corsé',
      }),
    ],
  }),
  bourgogne({
    name: 'Savigny-lès-Beaune',
    weight: 1.5,
    soils: ['des argilo-calcaires', 'des sables et des graviers'],
    styles: [style('rouge-pinot', [28, 45], PINOT, { ...VILLAGE_RED, drink: [6, 12] })],
  }),
  bourgogne({
    name: 'Beaune',
    weight: 1.5,
    soils: ['des calcaires', 'des argilo-calcaires'],
    styles: [
      style('rouge-pinot', [35, 65], PINOT, {
        ...VILLAGE_RED,
        climats: [
          'Premier Cru Les Grèves',
          'Premier Cru Les Teurons',
          'Premier Cru Les Bressandes',
          'Premier Cru Les Cent Vignes',
        ],
      }),
    ],
  }),
  bourgogne({
    name: 'Pommard',
    weight: 1,
    soils: ['des argiles rouges', 'des marnes et des calcaires'],
    pairings: BURGUNDY_RED_DISHES,
    styles: [style('rouge-pinot', [50, 100], PINOT, { ...VILLAGE_RED, body: 'corsé' })],
  }),
  bourgogne({
    name: 'Volnay',
    weight: 1,
    soils: ['des calcaires blancs', 'des éboulis calcaires'],
    styles: [style('rouge-pinot', [50, 100], PINOT, VILLAGE_RED)],
  }),
  bourgogne({
    name: 'Santenay',
    weight: 1,
    soils: ['des argilo-calcaires'],
    styles: [style('rouge-pinot', [25, 40], PINOT, { ...VILLAGE_RED, drink: [6, 12] })],
  }),
  bourgogne({
    name: 'Meursault',
    weight: 2,
    soils: ['des marnes et des calcaires', 'des calcaires durs'],
    pairings: BURGUNDY_WHITE_DISHES,
    styles: [style('blanc-ample', [50, 110], CHARDONNAY, { ...VILLAGE_WHITE, drink: [8, 15] })],
  }),
  bourgogne({
    name: 'Puligny-Montrachet',
    weight: 1,
    soils: ['des calcaires et des marnes'],
    pairings: BURGUNDY_WHITE_DISHES,
    styles: [style('blanc-ample', [60, 130], CHARDONNAY, { ...VILLAGE_WHITE, drink: [8, 15] })],
  }),
  bourgogne({
    name: 'Chassagne-Montrachet',
    weight: 1,
    soils: ['des calcaires', 'des argilo-calcaires'],
    pairings: BURGUNDY_WHITE_DISHES,
    styles: [
      style('blanc-ample', [55, 120], CHARDONNAY, {
        ...VILLAGE_WHITE,
        label: 'blanc',
        drink: [8, 15],
        weight: 2,
      }),
      style('rouge-pinot', [35, 60], PINOT, { ...VILLAGE_RED, label: 'rouge' }),
    ],
  }),
  bourgogne({
    name: 'Saint-Aubin',
    weight: 1,
    soils: ['des calcaires', 'des marnes blanches'],
    styles: [style('blanc-ample', [30, 50], CHARDONNAY, VILLAGE_WHITE)],
  }),
  bourgogne({
    name: 'Rully',
    weight: 1,
    soils: ['des argilo-calcaires'],
    styles: [style('blanc-ample', [20, 32], CHARDONNAY, { ...VILLAGE_WHITE, label: 'blanc' })],
  }),
  bourgogne({
    name: 'Mercurey',
    weight: 1.5,
    soils: ['des argilo-calcaires', 'des marnes'],
    styles: [style('rouge-pinot', [22, 38], PINOT, { vintages: [2017, 2022] })],
  }),
  bourgogne({
    name: 'Givry',
    weight: 1,
    soils: ['des calcaires', 'des marnes'],
    styles: [style('rouge-pinot', [20, 35], PINOT, { vintages: [2017, 2022] })],
  }),
  bourgogne({
    name: 'Montagny',
    weight: 0.8,
    soils: ['des marnes'],
    styles: [style('blanc-ample', [18, 28], CHARDONNAY, VILLAGE_WHITE)],
  }),
  bourgogne({
    name: 'Mâcon-Villages',
    weight: 2,
    soils: ['des argilo-calcaires', 'des calcaires'],
    styles: [
      style('blanc-vif', [11, 17], CHARDONNAY, { alcohol: [12.5, 13.5], vintages: [2021, 2024] }),
    ],
  }),
  bourgogne({
    name: 'Viré-Clessé',
    weight: 1,
    soils: ['des argiles à chailles'],
    styles: [style('blanc-ample', [15, 25], CHARDONNAY, { vintages: [2020, 2023] })],
  }),
  bourgogne({
    name: 'Saint-Véran',
    weight: 1,
    soils: ['des calcaires', 'des argiles'],
    styles: [style('blanc-ample', [16, 26], CHARDONNAY, { vintages: [2020, 2023] })],
  }),
  bourgogne({
    name: 'Pouilly-Fuissé',
    weight: 2,
    soils: ['des calcaires au pied de la roche de Solutré', 'des argiles', 'des schistes'],
    styles: [style('blanc-ample', [22, 45], CHARDONNAY, { ...VILLAGE_WHITE, drink: [6, 12] })],
  }),
  bourgogne({
    name: 'Crémant de Bourgogne',
    weight: 2,
    soils: ['des argilo-calcaires'],
    styles: [
      style(
        'bulles',
        [13, 22],
        [
          ['chardonnay', 'pinot noir'],
          ['chardonnay'],
          ['pinot noir', 'chardonnay', 'aligoté'],
          ['chardonnay', 'gamay'],
        ],
        {
          label: 'brut',
          weight: 3,
        },
      ),
      style(
        'bulles-rose',
        [14, 22],
        [['pinot noir'], ['pinot noir', 'gamay'], ['pinot noir', 'chardonnay']],
        {
          label: 'rosé brut',
          noun: 'crémant',
        },
      ),
    ],
  }),
];

const BEAUJOLAIS_DISHES = [
  'un saucisson brioché',
  'une andouillette',
  'un tablier de sapeur',
  'une assiette de cochonnailles',
];
const CRU = { vintages: [2019, 2023], drink: [4, 8], alcohol: [12.5, 13.5] } as const;

export const BEAUJOLAIS: readonly Appellation[] = [
  beaujolais({
    name: 'Beaujolais',
    weight: 2,
    soils: ['des argilo-calcaires des Pierres Dorées', 'des granites'],
    pairings: BEAUJOLAIS_DISHES,
    styles: [
      style('rouge-leger', [8, 12], GAMAY, { vintages: [2022, 2024], weight: 3 }),
      style('blanc-vif', [11, 16], CHARDONNAY, { label: 'blanc', alcohol: [12.5, 13] }),
    ],
  }),
  beaujolais({
    name: 'Beaujolais-Villages',
    weight: 2,
    soils: ['des arènes granitiques', 'des granites roses'],
    pairings: BEAUJOLAIS_DISHES,
    styles: [style('rouge-leger', [9, 14], GAMAY)],
  }),
  beaujolais({
    name: 'Brouilly',
    weight: 1.5,
    soils: ['des granites roses', 'des diorites'],
    pairings: BEAUJOLAIS_DISHES,
    styles: [style('rouge-leger', [12, 18], GAMAY, CRU)],
  }),
  beaujolais({
    name: 'Côte de Brouilly',
    weight: 1,
    soils: ['des diorites bleues du mont Brouilly'],
    styles: [style('rouge-fruite', [13, 20], GAMAY, CRU)],
  }),
  beaujolais({
    name: 'Chiroubles',
    weight: 1,
    soils: ["des granites d'altitude"],
    styles: [style('rouge-leger', [13, 19], GAMAY, CRU)],
  }),
  beaujolais({
    name: 'Fleurie',
    weight: 2,
    soils: ['des granites roses', 'des arènes granitiques'],
    pairings: BEAUJOLAIS_DISHES,
    styles: [
      style('rouge-leger', [15, 25], GAMAY, {
        ...CRU,
        cuvees: ['La Madone', 'Les Moriers', 'Poncié'],
      }),
    ],
  }),
  beaujolais({
    name: 'Morgon',
    weight: 2.5,
    soils: ['des schistes décomposés', 'des roches bleues de la Côte du Py'],
    pairings: BEAUJOLAIS_DISHES,
    styles: [
      style('rouge-fruite', [14, 28], GAMAY, {
        vintages: [2018, 2023],
        drink: [6, 12],
        alcohol: [12.5, 13.5],
        cuvees: ['Côte du Py', 'Corcelette', 'Javernières', 'Vieilles Vignes'],
      }),
    ],
  }),
  beaujolais({
    name: 'Moulin-à-Vent',
    weight: 2,
    soils: ['des granites riches en manganèse', 'des arènes granitiques'],
    pairings: ['un coq au vin', 'une pièce de bœuf charolais'],
    styles: [
      style('rouge-fruite', [16, 35], GAMAY, {
        vintages: [2017, 2022],
        drink: [8, 15],
        alcohol: [13, 13.5],
        cuvees: ['Les Thorins', 'La Rochelle', 'Champ de Cour', 'Vieilles Vignes'],
      }),
    ],
  }),
  beaujolais({
    name: 'Juliénas',
    weight: 1,
    soils: ['des granites et des schistes'],
    styles: [style('rouge-fruite', [13, 20], GAMAY, CRU)],
  }),
  beaujolais({
    name: 'Chénas',
    weight: 0.7,
    soils: ['des granites'],
    styles: [style('rouge-fruite', [14, 22], GAMAY, CRU)],
  }),
  beaujolais({
    name: 'Saint-Amour',
    weight: 1,
    soils: ['des granites et des schistes'],
    styles: [style('rouge-leger', [14, 22], GAMAY, CRU)],
  }),
  beaujolais({
    name: 'Régnié',
    weight: 0.7,
    soils: ['des sables granitiques'],
    styles: [style('rouge-leger', [12, 18], GAMAY, CRU)],
  }),
];

const CHAMPAGNE_BLEND = [
  ['pinot noir', 'chardonnay', 'meunier'],
  ['chardonnay', 'pinot noir', 'meunier'],
  ['meunier', 'pinot noir', 'chardonnay'],
  ['pinot noir', 'chardonnay'],
];
const CHAMPAGNE_DISHES = ['des gougères', 'un chaource', 'un jambon de Reims'];

export const CHAMPAGNE: readonly Appellation[] = [
  champagne({
    name: 'Champagne',
    weight: 10,
    soils: ['la craie', 'des coteaux crayeux', 'des argiles et des sables sur craie'],
    pairings: CHAMPAGNE_DISHES,
    styles: [
      style('champagne', [28, 50], CHAMPAGNE_BLEND, {
        label: 'brut',
        cuvees: ['Réserve', 'Tradition', 'Grande Réserve', 'Sélection', 'Cuvée de Réserve'],
        cuveeRate: 0.7,
        weight: 6,
        volumes: [
          [750, 90],
          [1500, 6],
          [375, 4],
        ],
      }),
      style('champagne', [35, 60], CHAMPAGNE_BLEND, {
        label: 'extra-brut',
        sweetness: 'extra-brut',
        cuvees: ['Nature', 'Terroir', 'Les Vignes de Craie'],
        weight: 2,
      }),
      style(
        'bulles-rose',
        [38, 75],
        [
          ['pinot noir', 'chardonnay'],
          ['pinot noir', 'chardonnay', 'meunier'],
          ['pinot noir', 'meunier'],
        ],
        {
          label: 'rosé brut',
          cuvees: ['Rosé de Saignée', 'Cuvée Rose-Marie', 'Les Aurores'],
          cuveeRate: 0.3,
          weight: 2.5,
        },
      ),
      style('champagne', [38, 70], CHARDONNAY, {
        label: 'blanc de blancs brut',
        cuvees: ['Les Crayères', 'Terroir de Craie', 'Cœur de Cuvée'],
        cuveeRate: 0.4,
        weight: 2.5,
        drink: [3, 8],
      }),
      style(
        'champagne-vineux',
        [36, 65],
        [['pinot noir'], ['meunier'], ['pinot noir', 'meunier']],
        {
          label: 'blanc de noirs brut',
          cuvees: ['Les Noirs', 'Vieilles Vignes', 'Terres Noires'],
          cuveeRate: 0.4,
          weight: 1.5,
        },
      ),
      style('champagne-vineux', [50, 90], CHAMPAGNE_BLEND.concat([['chardonnay']]), {
        label: 'millésimé brut',
        cuvees: ['Cuvée Prestige', 'Les Vieilles Vignes', 'Grand Millésime'],
        cuveeRate: 0.3,
        vintages: [2012, 2016],
        drink: [10, 20],
        weight: 1.5,
      }),
    ],
  }),
  champagne({
    name: 'Coteaux Champenois',
    weight: 0.5,
    soils: ['la craie de la Montagne de Reims'],
    styles: [
      style('rouge-pinot', [30, 60], PINOT, {
        label: 'rouge',
        body: 'léger',
        alcohol: [12, 12.5],
        vintages: [2018, 2022],
      }),
    ],
  }),
];

const ALSACE_DISHES = ['une choucroute', 'une tarte flambée', 'un munster', 'un baeckeoffe'];
const ALSACE_GC = [
  'Schlossberg',
  'Rangen',
  'Brand',
  'Hengst',
  'Sommerberg',
  'Geisberg',
  'Kastelberg',
  'Zinnkoepflé',
  'Furstentum',
  'Kitterlé',
];

export const ALSACE: readonly Appellation[] = [
  alsace({
    name: 'Alsace',
    weight: 10,
    soils: [
      'des granites',
      'des marnes et des calcaires',
      'des grès roses des Vosges',
      'des schistes',
    ],
    pairings: ALSACE_DISHES,
    styles: [
      style('blanc-aromatique', [12, 22], mono('riesling'), {
        aromas: AROMAS.riesling,
        label: 'Riesling',
        alcohol: [12, 13],
        weight: 4,
      }),
      style('blanc-aromatique', [13, 24], mono('gewurztraminer'), {
        aromas: AROMAS.gewurztraminer,
        label: 'Gewurztraminer',
        sweetness: 'demi-sec',
        alcohol: [13, 14],
        weight: 3,
      }),
      style('blanc-aromatique', [14, 24], mono('pinot gris'), {
        aromas: AROMAS.pinotGris,
        label: 'Pinot Gris',
        alcohol: [13, 14],
        weight: 3,
      }),
      style('blanc-vif', [9, 14], mono('sylvaner'), { label: 'Sylvaner', weight: 1.5 }),
      style('blanc-vif', [9, 14], [['pinot blanc'], ['auxerrois'], ['pinot blanc', 'auxerrois']], {
        label: 'Pinot Blanc',
        weight: 1.5,
      }),
      style(
        'blanc-aromatique',
        [12, 18],
        [['muscat à petits grains'], ['muscat ottonel', 'muscat à petits grains']],
        { aromas: AROMAS.muscat, label: 'Muscat', weight: 1 },
      ),
      style(
        'blanc-vif',
        [8, 12],
        [
          ['sylvaner', 'pinot blanc', 'riesling'],
          ['pinot blanc', 'muscat à petits grains', 'gewurztraminer'],
        ],
        {
          label: 'Edelzwicker',
          weight: 0.7,
        },
      ),
      style('rouge-pinot', [15, 30], PINOT, {
        label: 'Pinot Noir',
        body: 'léger',
        vintages: [2019, 2023],
        weight: 1.5,
      }),
    ],
  }),
  alsace({
    name: 'Alsace Grand Cru',
    weight: 3,
    soils: ['des granites', 'des grès', 'des marno-calcaires', 'des sols volcaniques'],
    pairings: ALSACE_DISHES,
    styles: [
      style('blanc-aromatique', [28, 60], mono('riesling'), {
        aromas: AROMAS.riesling,
        label: 'Riesling',
        climats: ALSACE_GC,
        vintages: [2017, 2022],
        drink: [10, 20],
        body: 'corsé',
        weight: 2,
      }),
      style('blanc-aromatique', [28, 55], mono('gewurztraminer'), {
        aromas: AROMAS.gewurztraminer,
        label: 'Gewurztraminer',
        sweetness: 'demi-sec',
        climats: ALSACE_GC,
        alcohol: [13.5, 14.5],
      }),
      style('blanc-aromatique', [28, 55], mono('pinot gris'), {
        aromas: AROMAS.pinotGris,
        label: 'Pinot Gris',
        climats: ALSACE_GC,
        vintages: [2017, 2022],
        drink: [8, 15],
      }),
    ],
  }),
  alsace({
    name: 'Alsace',
    weight: 1.5,
    soils: ['des marno-calcaires', 'des granites'],
    styles: [
      style('moelleux', [30, 60], [['gewurztraminer'], ['pinot gris']], {
        label: 'Vendanges Tardives',
        alcohol: [12.5, 14],
        volumes: [
          [750, 6],
          [375, 4],
        ],
      }),
      style('liquoreux', [45, 110], [['gewurztraminer'], ['pinot gris'], ['riesling']], {
        label: 'Sélection de Grains Nobles',
        alcohol: [11.5, 13],
        vintages: [2011, 2019],
        volumes: [
          [750, 4],
          [375, 6],
        ],
      }),
    ],
  }),
  alsace({
    name: "Crémant d'Alsace",
    weight: 3,
    soils: ['des argilo-calcaires', 'des granites'],
    pairings: ['une tarte flambée', 'un kougelhopf'],
    styles: [
      style(
        'bulles',
        [11, 18],
        [
          ['pinot blanc', 'auxerrois'],
          ['pinot blanc', 'riesling'],
          ['chardonnay', 'pinot blanc'],
          ['riesling'],
        ],
        {
          label: 'brut',
          weight: 3,
        },
      ),
      style('bulles-rose', [13, 19], PINOT, { label: 'rosé brut', noun: 'crémant' }),
    ],
  }),
  alsace({
    name: 'Vin de France',
    weight: 1.6,
    soils: ['des marno-calcaires', 'des granites'],
    styles: [
      style(
        'orange',
        [18, 30],
        [['pinot gris'], ['gewurztraminer'], ['pinot gris', 'gewurztraminer', 'riesling']],
        { label: 'orange', cuveeRate: 1 },
      ),
    ],
  }),
];

export const JURA: readonly Appellation[] = [
  jura({
    name: 'Arbois',
    weight: 4,
    soils: ['des marnes bleues et grises du Trias', 'des marnes du Lias', 'des éboulis calcaires'],
    pairings: ['un comté affiné', 'une saucisse de Morteau'],
    styles: [
      style('blanc-ample', [18, 32], [['chardonnay'], ['savagnin'], ['chardonnay', 'savagnin']], {
        label: 'blanc',
        vintages: [2019, 2023],
        drink: [6, 15],
        weight: 2,
      }),
      style(
        'rouge-leger',
        [16, 30],
        [['poulsard'], ['trousseau'], ['pinot noir'], ['poulsard', 'trousseau', 'pinot noir']],
        {
          label: 'rouge',
          alcohol: [12, 13],
          vintages: [2019, 2023],
          weight: 2,
        },
      ),
      style('blanc-oxydatif', [25, 40], mono('savagnin'), {
        label: 'Savagnin',
        cuvees: ['Sous Voile'],
        cuveeRate: 1,
        vintages: [2016, 2020],
        drink: [10, 25],
        elevage: ['Élevé trois ans sous voile en fûts non ouillés'],
      }),
      style('blanc-oxydatif', [40, 75], mono('savagnin'), {
        label: 'Vin Jaune',
        noun: 'vin jaune',
        cuveeRate: 0,
        volumes: [[620, 1]],
        weight: 1.5,
      }),
    ],
  }),
  jura({
    name: 'Côtes du Jura',
    weight: 3,
    soils: ['des marnes bleues', 'des marnes grises', 'des calcaires'],
    pairings: ['un comté affiné', 'une fondue comtoise'],
    styles: [
      style('blanc-ample', [15, 28], [['chardonnay'], ['chardonnay', 'savagnin']], {
        label: 'blanc',
        vintages: [2019, 2023],
        weight: 3,
      }),
      style('rouge-leger', [15, 25], [['pinot noir'], ['trousseau'], ['poulsard', 'pinot noir']], {
        label: 'rouge',
        alcohol: [12, 13],
      }),
      style('blanc-oxydatif', [40, 70], mono('savagnin'), {
        label: 'Vin Jaune',
        noun: 'vin jaune',
        cuveeRate: 0,
        volumes: [[620, 1]],
      }),
      style(
        'liquoreux',
        [50, 80],
        [
          ['chardonnay', 'savagnin', 'poulsard'],
          ['savagnin', 'chardonnay'],
        ],
        {
          label: 'Vin de Paille',
          noun: 'vin de paille',
          vintages: [2015, 2020],
          alcohol: [14.5, 15.5],
          volumes: [[375, 1]],
          elevage: [
            'Issu de raisins séchés plusieurs mois sur des claies, puis élevé trois ans en fûts',
          ],
        },
      ),
    ],
  }),
  jura({
    name: 'Château-Chalon',
    weight: 0.8,
    soils: ['des marnes grises du Lias sous la falaise'],
    pairings: ['un poulet de Bresse au vin jaune et aux morilles', 'un comté de 36 mois'],
    styles: [
      style('blanc-oxydatif', [55, 90], mono('savagnin'), {
        noun: 'vin jaune',
        cuveeRate: 0,
        volumes: [[620, 1]],
      }),
    ],
  }),
  jura({
    name: "L'Étoile",
    weight: 0.7,
    soils: ['des marnes parsemées de fossiles en étoile'],
    styles: [
      style('blanc-ample', [18, 30], [['chardonnay'], ['chardonnay', 'savagnin']], {
        vintages: [2018, 2022],
        drink: [8, 15],
      }),
    ],
  }),
  jura({
    name: 'Crémant du Jura',
    weight: 2,
    soils: ['des marnes', 'des calcaires'],
    pairings: ['un comté jeune'],
    styles: [
      style(
        'bulles',
        [13, 20],
        [
          ['chardonnay'],
          ['chardonnay', 'pinot noir'],
          ['chardonnay', 'savagnin'],
          ['chardonnay', 'trousseau'],
        ],
        {
          label: 'brut',
        },
      ),
    ],
  }),
];

const SAVOIE_DISHES = [
  'une fondue savoyarde',
  'une tartiflette',
  'une raclette',
  'un filet de féra du lac',
];

export const SAVOIE: readonly Appellation[] = [
  savoie({
    name: 'Vin de Savoie Apremont',
    weight: 3,
    soils: ['des éboulis calcaires du mont Granier'],
    pairings: SAVOIE_DISHES,
    styles: [style('blanc-vif', [9, 14], mono('jacquère'), { alcohol: [11, 12] })],
  }),
  savoie({
    name: 'Vin de Savoie Abymes',
    weight: 1,
    soils: ['des éboulis calcaires'],
    pairings: SAVOIE_DISHES,
    styles: [style('blanc-vif', [9, 13], mono('jacquère'), { alcohol: [11, 12] })],
  }),
  savoie({
    name: 'Vin de Savoie Chignin',
    weight: 1,
    soils: ['des éboulis calcaires en pente raide'],
    pairings: SAVOIE_DISHES,
    styles: [style('blanc-vif', [10, 15], mono('jacquère'), { alcohol: [11, 12] })],
  }),
  savoie({
    name: 'Vin de Savoie Chignin-Bergeron',
    weight: 1.5,
    soils: ['des éboulis calcaires en pente raide'],
    pairings: SAVOIE_DISHES,
    styles: [style('blanc-ample', [16, 26], mono('roussanne'), { vintages: [2020, 2023] })],
  }),
  savoie({
    name: 'Roussette de Savoie',
    weight: 1.5,
    soils: ['des moraines glaciaires', 'des éboulis calcaires'],
    pairings: SAVOIE_DISHES,
    styles: [
      style('blanc-aromatique', [13, 20], mono('altesse'), {
        aromas: AROMAS.altesse,
        alcohol: [12, 13],
      }),
    ],
  }),
  savoie({
    name: 'Vin de Savoie',
    weight: 3,
    soils: ['des éboulis calcaires', 'des moraines glaciaires'],
    pairings: ['une tartiflette', 'des diots au vin blanc', 'un reblochon'],
    styles: [
      style('rouge-fruite', [13, 24], mono('mondeuse'), {
        label: 'Mondeuse',
        weight: 3,
        alcohol: [12, 13],
      }),
      style('rouge-leger', [10, 14], GAMAY, { label: 'Gamay', alcohol: [11.5, 12.5] }),
      style('rouge-leger', [13, 20], PINOT, { label: 'Pinot Noir', alcohol: [12, 13] }),
    ],
  }),
  savoie({
    name: 'Vin de Savoie Arbin',
    weight: 1,
    soils: ['des éboulis calcaires de la Combe de Savoie'],
    pairings: ['des diots au vin blanc'],
    styles: [
      style('rouge-fruite', [14, 25], mono('mondeuse'), {
        label: 'Mondeuse',
        vintages: [2018, 2022],
        alcohol: [12, 13],
      }),
    ],
  }),
  savoie({
    name: 'Crémant de Savoie',
    weight: 1.5,
    soils: ['des éboulis calcaires'],
    styles: [
      style(
        'bulles',
        [13, 18],
        [['jacquère', 'altesse'], ['jacquère', 'chardonnay'], ['jacquère']],
        { label: 'brut' },
      ),
    ],
  }),
];
