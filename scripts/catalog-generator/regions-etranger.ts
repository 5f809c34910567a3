/** Foreign references: Italie, Espagne, Portugal, Allemagne, Autriche, Nouveau Monde. */
import { AROMAS } from './aromas.js';
import { mono, style } from './define.js';
import type { Appellation, ProducerStyle } from './table-types.js';
import type { Region } from './types.js';

const inRegion =
  (region: Region, country: string, producerStyle?: ProducerStyle) =>
  (a: Omit<Appellation, 'region' | 'country'>): Appellation => ({
    region,
    country,
    ...(producerStyle ? { producerStyle } : {}),
    ...a,
  });
const italie = inRegion('Italie', 'Italie');
const espagne = inRegion('Espagne', 'Espagne');
const portugal = inRegion('Portugal', 'Portugal');
const allemagne = inRegion('Allemagne', 'Allemagne');
const autriche = inRegion('Autriche', 'Autriche');

const ITALIAN_DISHES = ['un osso buco', 'des pâtes à la truffe', 'un risotto aux cèpes'];
const SANGIOVESE = [
  ['sangiovese'],
  ['sangiovese', 'canaiolo'],
  ['sangiovese', 'colorino'],
  ['sangiovese', 'merlot'],
];
const NEBBIOLO = mono('nebbiolo');
const VALPOLICELLA = [
  ['corvina', 'rondinella'],
  ['corvina', 'corvinone', 'rondinella'],
];
const SPANISH_DISHES = ['du jambon ibérique', 'un agneau de lait rôti', 'des tapas'];
const TEMPRANILLO = [
  ['tempranillo'],
  ['tempranillo', 'garnacha'],
  ['tempranillo', 'graciano', 'mazuelo'],
  ['tempranillo', 'garnacha', 'graciano'],
];
const PORTO = [
  ['touriga nacional', 'touriga franca', 'tinta roriz'],
  ['touriga franca', 'touriga nacional', 'tinta barroca'],
  ['touriga nacional', 'touriga franca', 'tinta roriz', 'tinto cão'],
];
const PORTUGUESE_DISHES = ['une morue à la portugaise', 'un cochon de lait rôti'];

export const ITALIE: readonly Appellation[] = [
  italie({
    name: 'Chianti Classico',
    weight: 3,
    soils: ['des galestro schisteux', 'des alberese calcaires'],
    pairings: ['une bistecca alla fiorentina', 'des pâtes à la bolognaise'],
    styles: [
      style('rouge-fruite', [14, 28], SANGIOVESE, {
        vintages: [2019, 2022],
        aromas: AROMAS.sangiovese,
        weight: 3,
      }),
      style('rouge-structure', [22, 40], SANGIOVESE, {
        label: 'Riserva',
        vintages: [2016, 2020],
        aromas: AROMAS.sangiovese,
      }),
      style('rouge-structure', [35, 70], [['sangiovese']], {
        label: 'Gran Selezione',
        vintages: [2015, 2019],
        aromas: AROMAS.sangiovese,
        weight: 0.5,
      }),
    ],
  }),
  italie({
    name: 'Brunello di Montalcino',
    weight: 1.5,
    soils: ['des marnes et des galestro autour de Montalcino'],
    pairings: ['une bistecca alla fiorentina', 'un sanglier en sauce'],
    styles: [
      style('rouge-structure', [40, 90], mono('sangiovese'), {
        vintages: [2015, 2019],
        ready: 6,
        drink: [12, 25],
        aromas: AROMAS.sangiovese,
      }),
    ],
  }),
  italie({
    name: 'Barolo',
    weight: 2,
    soils: ["des marnes calcaires de Sant'Agata", "des grès et des marnes d'Helvétien"],
    pairings: ['des tajarin à la truffe blanche', 'un bœuf braisé au barolo'],
    styles: [
      style('rouge-structure', [40, 110], NEBBIOLO, {
        vintages: [2015, 2020],
        ready: 6,
        drink: [12, 25],
        alcohol: [14, 14.5],
        cuvees: ['Cannubi', 'Bussia', 'Brunate', 'Ravera', "Rocche dell'Annunziata"],
        aromas: AROMAS.nebbiolo,
      }),
    ],
  }),
  italie({
    name: 'Barbaresco',
    weight: 1,
    soils: ['des marnes calcaires'],
    styles: [
      style('rouge-structure', [35, 80], NEBBIOLO, {
        vintages: [2016, 2020],
        ready: 4,
        drink: [10, 20],
        aromas: AROMAS.nebbiolo,
      }),
    ],
  }),
  italie({
    name: 'Langhe Nebbiolo',
    weight: 1,
    soils: ['des marnes calcaires des Langhe'],
    styles: [
      style('rouge-fruite', [18, 30], NEBBIOLO, {
        vintages: [2020, 2023],
        aromas: AROMAS.nebbiolo,
      }),
    ],
  }),
  italie({
    name: "Barbera d'Alba",
    weight: 1,
    soils: ['des marnes et des sables'],
    pairings: ITALIAN_DISHES,
    styles: [style('rouge-fruite', [13, 24], mono('barbera'), { vintages: [2020, 2023] })],
  }),
  italie({
    name: 'Valpolicella Classico',
    weight: 1,
    soils: ['des coteaux calcaires et volcaniques'],
    styles: [
      style('rouge-leger', [12, 18], VALPOLICELLA, { weight: 2 }),
      style('rouge-fruite', [18, 28], VALPOLICELLA, {
        label: 'Ripasso Superiore',
        vintages: [2019, 2022],
      }),
    ],
  }),
  italie({
    name: 'Amarone della Valpolicella',
    weight: 1,
    soils: ['des coteaux calcaires de la Valpolicella'],
    styles: [
      style('rouge-solaire', [40, 90], VALPOLICELLA, {
        label: 'Classico',
        vintages: [2015, 2019],
        alcohol: [15, 16],
        drink: [12, 20],
        elevage: ['Issu de raisins mis à sécher plusieurs mois, puis élevé en grands fûts'],
      }),
    ],
  }),
  italie({
    name: 'Prosecco',
    weight: 2,
    soils: ['des collines argilo-calcaires de Vénétie'],
    styles: [
      style('bulles', [10, 16], mono('glera'), {
        label: 'Brut',
        noun: 'prosecco',
        alcohol: [11, 11.5],
        elevage: ['Élaboré en cuve close pour préserver le fruit'],
      }),
    ],
  }),
  italie({
    name: 'Conegliano Valdobbiadene Prosecco Superiore',
    weight: 1,
    soils: ['des collines escarpées de marnes et de grès'],
    styles: [
      style('bulles', [14, 22], mono('glera'), {
        label: 'Brut',
        noun: 'prosecco',
        alcohol: [11, 11.5],
        elevage: ['Élaboré en cuve close pour préserver le fruit'],
      }),
    ],
  }),
  italie({
    name: 'Franciacorta',
    weight: 0.7,
    soils: ["des moraines glaciaires au sud du lac d'Iseo"],
    styles: [
      style(
        'bulles',
        [25, 45],
        [['chardonnay'], ['chardonnay', 'pinot noir'], ['chardonnay', 'pinot blanc']],
        { label: 'Brut', noun: 'vin effervescent', body: 'moyen' },
      ),
    ],
  }),
  italie({
    name: 'Soave Classico',
    weight: 1,
    soils: ['des basaltes volcaniques', 'des calcaires'],
    styles: [style('blanc-vif', [11, 20], [['garganega'], ['garganega', 'trebbiano di Soave']])],
  }),
  italie({
    name: 'Etna Rosso',
    weight: 1,
    soils: ["des sables volcaniques de l'Etna"],
    styles: [
      style(
        'rouge-fruite',
        [20, 40],
        [['nerello mascalese'], ['nerello mascalese', 'nerello cappuccio']],
        { vintages: [2018, 2022] },
      ),
    ],
  }),
  italie({
    name: 'Primitivo di Manduria',
    weight: 1,
    soils: ['des terres rouges des Pouilles'],
    styles: [style('rouge-solaire', [14, 25], mono('primitivo'), { alcohol: [14, 15] })],
  }),
  italie({
    name: "Montepulciano d'Abruzzo",
    weight: 1,
    soils: ['des argilo-calcaires entre mer et montagne'],
    pairings: ['des pâtes à la bolognaise', 'une pizza'],
    styles: [
      style('rouge-fruite', [9, 16], mono('montepulciano'), {
        vintages: [2020, 2023],
        cuveeRate: 0.5,
      }),
    ],
  }),
  italie({
    name: 'Venezia Giulia IGT',
    weight: 1,
    soils: ['des marnes et des grès appelés ponca'],
    styles: [
      style('orange', [20, 38], mono('ribolla gialla'), {
        label: 'Ribolla Gialla',
        vintages: [2018, 2021],
        elevage: ['Macéré plusieurs mois sur ses peaux en amphores géorgiennes'],
      }),
    ],
  }),
];

export const ESPAGNE: readonly Appellation[] = [
  espagne({
    name: 'Rioja',
    weight: 4,
    soils: ['des argilo-calcaires', 'des argiles ferrugineuses', 'des alluvions'],
    pairings: SPANISH_DISHES,
    styles: [
      style('rouge-fruite', [12, 20], TEMPRANILLO, {
        label: 'Crianza',
        vintages: [2019, 2021],
        aromas: AROMAS.tempranillo,
        weight: 3,
      }),
      style('rouge-structure', [18, 35], TEMPRANILLO, {
        label: 'Reserva',
        vintages: [2016, 2019],
        aromas: AROMAS.tempranillo,
        weight: 2,
      }),
      style('rouge-structure', [30, 65], TEMPRANILLO, {
        label: 'Gran Reserva',
        vintages: [2012, 2016],
        drink: [15, 25],
        aromas: AROMAS.tempranillo,
      }),
      style(
        'blanc-ample',
        [12, 25],
        [['viura'], ['viura', 'malvasía'], ['viura', 'garnacha blanca']],
        { label: 'blanco', vintages: [2020, 2023] },
      ),
    ],
  }),
  espagne({
    name: 'Ribera del Duero',
    weight: 2.5,
    soils: ['des calcaires et des argiles du plateau castillan'],
    pairings: SPANISH_DISHES,
    styles: [
      style('rouge-structure', [15, 30], [['tempranillo'], ['tempranillo', 'cabernet sauvignon']], {
        label: 'Crianza',
        vintages: [2018, 2021],
        aromas: AROMAS.tempranillo,
      }),
      style('rouge-structure', [28, 60], mono('tempranillo'), {
        label: 'Reserva',
        vintages: [2015, 2019],
        aromas: AROMAS.tempranillo,
      }),
    ],
  }),
  espagne({
    name: 'Priorat',
    weight: 1,
    soils: ['des schistes appelés llicorella'],
    styles: [
      style(
        'rouge-solaire',
        [25, 70],
        [
          ['garnacha', 'cariñena'],
          ['garnacha', 'cariñena', 'syrah'],
          ['cariñena', 'garnacha'],
        ],
        { alcohol: [14.5, 15], vintages: [2016, 2021] },
      ),
    ],
  }),
  espagne({
    name: 'Rías Baixas',
    weight: 1.5,
    soils: ['des granites de Galice'],
    pairings: ['un poulpe à la galicienne', 'des palourdes'],
    styles: [style('blanc-vif', [14, 25], mono('albariño'))],
  }),
  espagne({
    name: 'Rueda',
    weight: 1,
    soils: ['des galets et des sables du plateau'],
    styles: [
      style('blanc-vif', [9, 15], [['verdejo'], ['verdejo', 'sauvignon blanc']], {
        cuveeRate: 0.5,
      }),
    ],
  }),
  espagne({
    name: 'Cava',
    weight: 1.5,
    soils: ['des argilo-calcaires du Penedès'],
    styles: [
      style(
        'bulles',
        [9, 18],
        [
          ['macabeo', 'xarel·lo', 'parellada'],
          ['xarel·lo', 'macabeo', 'parellada'],
        ],
        { label: 'Brut', noun: 'cava' },
      ),
    ],
  }),
  espagne({
    name: 'Toro',
    weight: 0.7,
    soils: ['des sables et des galets'],
    styles: [style('rouge-solaire', [14, 30], mono('tinta de Toro'), { alcohol: [14.5, 15] })],
  }),
  espagne({
    name: 'Bierzo',
    weight: 0.7,
    soils: ['des schistes et des ardoises'],
    styles: [style('rouge-fruite', [14, 28], mono('mencía'), { vintages: [2019, 2022] })],
  }),
];

export const PORTUGAL: readonly Appellation[] = [
  portugal({
    name: 'Douro',
    weight: 2,
    soils: ['des schistes en terrasses'],
    pairings: PORTUGUESE_DISHES,
    styles: [
      style(
        'rouge-solaire',
        [10, 40],
        [
          ['touriga nacional', 'touriga franca'],
          ['touriga franca', 'tinta roriz', 'touriga nacional'],
        ],
        { weight: 3 },
      ),
      style(
        'blanc-vif',
        [10, 20],
        [
          ['rabigato', 'viosinho', 'gouveio'],
          ['códega do larinho', 'rabigato'],
        ],
        { label: 'branco' },
      ),
    ],
  }),
  portugal({
    name: 'Porto',
    weight: 3,
    soils: ['des schistes en terrasses du haut Douro'],
    styles: [
      style('vdn-rouge', [14, 20], PORTO, {
        label: 'Ruby',
        noun: 'porto',
        vintages: null,
        alcohol: [19, 20],
        drink: [3, 6],
      }),
      style('vdn-tuile', [25, 40], PORTO, {
        label: 'Tawny 10 ans',
        noun: 'porto',
        alcohol: [19.5, 20.5],
        weight: 1.5,
      }),
      style('vdn-tuile', [45, 80], PORTO, {
        label: 'Tawny 20 ans',
        noun: 'porto',
        alcohol: [19.5, 20.5],
      }),
      style('vdn-rouge', [18, 30], PORTO, {
        label: 'LBV',
        noun: 'porto',
        vintages: [2017, 2020],
        alcohol: [19.5, 20.5],
        drink: [8, 15],
      }),
      style('vdn-rouge', [45, 110], PORTO, {
        label: 'Vintage',
        noun: 'porto',
        vintages: [2011, 2017],
        alcohol: [19.5, 20.5],
        drink: [25, 50],
        ready: 12,
      }),
    ],
  }),
  portugal({
    name: 'Vinho Verde',
    weight: 1.5,
    soils: ['des granites du Minho'],
    pairings: ['des sardines grillées', 'une morue à la portugaise'],
    styles: [
      style(
        'blanc-vif',
        [8, 14],
        [['loureiro', 'arinto'], ['alvarinho'], ['loureiro', 'alvarinho', 'trajadura']],
        { alcohol: [10.5, 12], vintages: [2023, 2024], cuveeRate: 0.4 },
      ),
    ],
  }),
  portugal({
    name: 'Alentejo',
    weight: 1,
    soils: ['des schistes et des granites de la plaine'],
    pairings: PORTUGUESE_DISHES,
    styles: [
      style(
        'rouge-solaire',
        [9, 20],
        [
          ['aragonez', 'trincadeira', 'alicante bouschet'],
          ['alicante bouschet', 'syrah'],
        ],
        { vintages: [2019, 2022] },
      ),
    ],
  }),
  portugal({
    name: 'Dão',
    weight: 1,
    soils: ["des granites d'altitude"],
    styles: [
      style(
        'rouge-fruite',
        [12, 25],
        [
          ['touriga nacional', 'jaen', 'alfrocheiro'],
          ['touriga nacional', 'tinta roriz'],
        ],
        { vintages: [2018, 2022] },
      ),
    ],
  }),
];

export const ALLEMAGNE: readonly Appellation[] = [
  allemagne({
    name: 'Mosel',
    weight: 3,
    soils: ['des ardoises dévoniennes en pentes vertigineuses'],
    pairings: ['une cuisine thaïe', 'un porc au miel', 'une truite au bleu'],
    styles: [
      style('blanc-aromatique', [13, 25], mono('riesling'), {
        label: 'Riesling trocken',
        alcohol: [11.5, 12.5],
        aromas: AROMAS.riesling,
        weight: 2,
      }),
      style('blanc-demi-sec', [14, 25], mono('riesling'), {
        label: 'Riesling Kabinett',
        alcohol: [8, 9.5],
        weight: 2,
      }),
      style('moelleux', [22, 45], mono('riesling'), {
        label: 'Riesling Auslese',
        alcohol: [7.5, 9],
      }),
    ],
  }),
  allemagne({
    name: 'Rheingau',
    weight: 1,
    soils: ['des lœss et des schistes en pente vers le Rhin'],
    styles: [
      style('blanc-aromatique', [15, 30], mono('riesling'), {
        label: 'Riesling trocken',
        alcohol: [12, 13],
        aromas: AROMAS.riesling,
      }),
    ],
  }),
  allemagne({
    name: 'Pfalz',
    weight: 1,
    soils: ['des grès et des calcaires'],
    styles: [
      style('rouge-pinot', [15, 35], mono('pinot noir'), {
        label: 'Spätburgunder',
        vintages: [2019, 2022],
      }),
      style('blanc-aromatique', [35, 70], mono('riesling'), {
        label: 'Riesling Grosses Gewächs',
        alcohol: [12.5, 13.5],
        aromas: AROMAS.riesling,
        vintages: [2019, 2022],
        drink: [8, 15],
      }),
    ],
  }),
];

export const AUTRICHE: readonly Appellation[] = [
  autriche({
    name: 'Wachau',
    weight: 1.5,
    soils: ['des terrasses de gneiss et de lœss le long du Danube'],
    pairings: ['une escalope viennoise', 'des asperges'],
    styles: [
      style('blanc-vif', [15, 24], mono('grüner veltliner'), {
        label: 'Grüner Veltliner Federspiel',
        aromas: AROMAS.gruner,
      }),
      style('blanc-aromatique', [25, 45], mono('grüner veltliner'), {
        label: 'Grüner Veltliner Smaragd',
        aromas: AROMAS.gruner,
        alcohol: [13, 14],
      }),
      style('blanc-aromatique', [30, 55], mono('riesling'), {
        label: 'Riesling Smaragd',
        aromas: AROMAS.riesling,
        alcohol: [13, 13.5],
      }),
    ],
  }),
  autriche({
    name: 'Kamptal',
    weight: 1,
    soils: ['des lœss', 'des gneiss'],
    pairings: ['une escalope viennoise'],
    styles: [
      style('blanc-vif', [13, 25], mono('grüner veltliner'), {
        label: 'Grüner Veltliner',
        aromas: AROMAS.gruner,
      }),
      style('blanc-aromatique', [16, 30], mono('riesling'), {
        label: 'Riesling',
        aromas: AROMAS.riesling,
        alcohol: [12.5, 13],
      }),
    ],
  }),
  autriche({
    name: 'Weinviertel',
    weight: 0.7,
    soils: ['des lœss'],
    styles: [
      style('blanc-vif', [10, 16], mono('grüner veltliner'), {
        label: 'Grüner Veltliner',
        aromas: AROMAS.gruner,
      }),
    ],
  }),
  autriche({
    name: 'Mittelburgenland',
    weight: 0.7,
    soils: ['des argiles lourdes'],
    styles: [style('rouge-fruite', [14, 30], mono('blaufränkisch'), { label: 'Blaufränkisch' })],
  }),
];

const nm = (country: string, producerStyle: ProducerStyle) =>
  inRegion('Nouveau Monde', country, producerStyle);
const argentine = nm('Argentine', 'amerique-latine');
const chili = nm('Chili', 'amerique-latine');
const nz = nm('Nouvelle-Zélande', 'anglophone');
const afriqueDuSud = nm('Afrique du Sud', 'anglophone');
const australie = nm('Australie', 'anglophone');
const usa = nm('États-Unis', 'anglophone');

export const NOUVEAU_MONDE: readonly Appellation[] = [
  argentine({
    name: 'Mendoza',
    weight: 3,
    soils: ['des sols alluviaux au pied des Andes'],
    pairings: ['un asado', 'des empanadas'],
    styles: [
      style('rouge-solaire', [10, 35], [['malbec'], ['malbec', 'cabernet sauvignon']], {
        label: 'Malbec',
        aromas: AROMAS.malbec,
        weight: 3,
      }),
      style('rouge-structure', [14, 35], mono('cabernet sauvignon'), {
        label: 'Cabernet Sauvignon',
      }),
    ],
  }),
  argentine({
    name: 'Salta',
    weight: 0.5,
    soils: ["des sables d'altitude de la vallée de Cafayate"],
    styles: [style('blanc-aromatique', [10, 16], mono('torrontés'), { label: 'Torrontés' })],
  }),
  chili({
    name: 'Vallée de Colchagua',
    weight: 1,
    soils: ['des granites et des argiles'],
    styles: [
      style('rouge-fruite', [10, 22], [['carménère'], ['carménère', 'cabernet sauvignon']], {
        label: 'Carménère',
      }),
    ],
  }),
  chili({
    name: 'Vallée du Maipo',
    weight: 1,
    soils: ['des alluvions caillouteuses'],
    styles: [
      style(
        'rouge-structure',
        [10, 25],
        [['cabernet sauvignon'], ['cabernet sauvignon', 'merlot']],
        { label: 'Cabernet Sauvignon' },
      ),
    ],
  }),
  nz({
    name: 'Marlborough',
    weight: 2,
    soils: ['des graviers alluviaux de la Wairau'],
    pairings: ['un ceviche de poisson', 'une salade thaïe'],
    styles: [
      style('blanc-vif', [14, 25], mono('sauvignon blanc'), {
        label: 'Sauvignon Blanc',
        aromas: AROMAS.sauvignon,
        alcohol: [12.5, 13.5],
      }),
    ],
  }),
  nz({
    name: 'Central Otago',
    weight: 0.7,
    soils: ['des schistes et des lœss'],
    styles: [
      style('rouge-pinot', [28, 55], mono('pinot noir'), {
        label: 'Pinot Noir',
        vintages: [2019, 2022],
      }),
    ],
  }),
  afriqueDuSud({
    name: 'Stellenbosch',
    weight: 1,
    soils: ['des granites décomposés'],
    styles: [
      style('blanc-ample', [10, 22], mono('chenin blanc'), {
        label: 'Chenin Blanc',
        aromas: AROMAS.chenin,
      }),
      style('rouge-fruite', [12, 22], mono('pinotage'), { label: 'Pinotage' }),
    ],
  }),
  afriqueDuSud({
    name: 'Swartland',
    weight: 0.7,
    soils: ['des schistes et des granites'],
    styles: [
      style('rouge-solaire', [18, 35], [['syrah'], ['syrah', 'grenache', 'cinsault']], {
        label: 'Syrah',
        aromas: AROMAS.syrah,
      }),
    ],
  }),
  australie({
    name: 'Barossa Valley',
    weight: 1,
    soils: ['des sables et des argiles rouges'],
    pairings: ['un barbecue', 'une côte de bœuf'],
    styles: [
      style('rouge-solaire', [18, 45], [['syrah'], ['syrah', 'grenache', 'mourvèdre']], {
        label: 'Shiraz',
        alcohol: [14.5, 15],
      }),
    ],
  }),
  australie({
    name: 'Margaret River',
    weight: 0.5,
    soils: ['des graviers latéritiques'],
    styles: [style('blanc-ample', [25, 50], mono('chardonnay'), { label: 'Chardonnay' })],
  }),
  usa({
    name: 'Napa Valley',
    weight: 0.8,
    soils: ['des alluvions et des sols volcaniques'],
    pairings: ['une côte de bœuf', 'un burger au bœuf maturé'],
    styles: [
      style(
        'rouge-structure',
        [45, 120],
        [['cabernet sauvignon'], ['cabernet sauvignon', 'merlot']],
        { label: 'Cabernet Sauvignon', alcohol: [14.5, 15], vintages: [2016, 2021] },
      ),
    ],
  }),
  usa({
    name: 'Willamette Valley',
    weight: 0.6,
    soils: ['des sols volcaniques de Jory', 'des sédiments marins'],
    styles: [
      style('rouge-pinot', [30, 60], mono('pinot noir'), {
        label: 'Pinot Noir',
        vintages: [2019, 2022],
      }),
    ],
  }),
];
