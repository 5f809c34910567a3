/** The French texts of one wine: name, tasting notes, description, drinking window. */
import type { Rng } from './prng.js';
import type { Profile } from './table-types.js';
import { de } from './text.js';
import { REFERENCE_YEAR } from './types.js';

export interface NameParts {
  producer: string;
  chateau: boolean;
  appellation: string;
  climat?: string;
  label?: string;
  cuvee?: string;
  vintage?: number;
  volumeMl: number;
}

/** « Château Belair-Monval, Pauillac 2018 », « Domaine X — Sancerre « Les Caillottes » 2022 ». */
export function wineName(p: NameParts): string {
  const parts = [p.appellation];
  if (p.climat) parts.push(p.climat);
  if (p.label) parts.push(p.label);
  if (p.cuvee) parts.push(`« ${p.cuvee} »`);
  if (p.vintage !== undefined) parts.push(String(p.vintage));
  let wine = parts.join(' ');
  if (p.volumeMl === 1500) wine += ' (magnum)';
  else if (p.volumeMl === 375) wine += ' (37,5 cl)';
  return p.chateau ? `${p.producer}, ${wine}` : `${p.producer} — ${wine}`;
}

/** Words of five letters or more, cut to five: « cerise » and « cerises » clash. */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-zà-ÿœ]{5,}/g) ?? []).map((w) => w.slice(0, 5));
}

/** Picks from `options` one that repeats no word of `used`, and records its words. */
function pickFresh(rng: Rng, options: readonly string[], used: Set<string>): string {
  const fresh = options.filter((o) => !stems(o).some((s) => used.has(s)));
  const choice = rng.pick(fresh.length > 0 ? fresh : options);
  for (const s of stems(choice)) used.add(s);
  return choice;
}

export function tastingNotes(rng: Rng, profile: Profile, aromas: readonly string[]): string {
  // Never the same word twice: « cerise… cerise griotte », « trame acidulée… finale acidulée ».
  const noseForm = rng.int(0, 2);
  const palateForm = rng.int(0, 2);
  const used = new Set<string>(noseForm === 2 ? stems('expressif') : []);
  const a1 = pickFresh(rng, aromas, used);
  const a2 = pickFresh(rng, aromas, used);
  const a3 = pickFresh(rng, aromas, used);
  const robe = pickFresh(rng, profile.robes, used);
  const m1 = pickFresh(rng, profile.mouth, used);
  const m2 = pickFresh(rng, profile.mouth, used);
  const support = pickFresh(rng, profile.support, used);
  const finish = pickFresh(rng, profile.finish, used);
  let nose: string;
  switch (noseForm) {
    case 0:
      nose = `Robe ${robe}, nez ${de(a1)}, ${de(a2)} et ${de(a3)}.`;
      break;
    case 1:
      nose = `Le nez s'ouvre sur ${a1} et ${a2}, avec une touche ${de(a3)}.`;
      break;
    default:
      nose = `Nez expressif ${de(a1)} et ${de(a2)}.`;
  }
  let palate: string;
  switch (palateForm) {
    case 0:
      palate = `Bouche ${m1} et ${m2}, finale ${finish}.`;
      break;
    case 1:
      palate = `La bouche, ${m1}, s'appuie sur ${support} et s'étire sur une finale ${finish}.`;
      break;
    default:
      palate = `Une bouche ${m1}, portée par ${support}, pour une finale ${finish}.`;
  }
  return `${nose} ${palate}`;
}

export interface Window {
  until: number;
  /** First year worth opening, when the wine still needs cellaring. */
  from?: number;
}

export function drinkingWindow(
  rng: Rng,
  vintage: number | undefined,
  drink: readonly [number, number],
  ready: number | undefined,
): Window {
  const base = vintage ?? REFERENCE_YEAR;
  const until = Math.max(REFERENCE_YEAR + 1, base + rng.int(drink[0], drink[1]));
  if (vintage !== undefined && ready !== undefined && vintage + ready > REFERENCE_YEAR) {
    return { until: Math.max(until, vintage + ready + 3), from: vintage + ready };
  }
  return { until };
}

export function agingPotential(w: Window): string {
  if (w.from !== undefined) return `à ouvrir à partir de ${w.from}, jusqu'en ${w.until}`;
  if (w.until <= REFERENCE_YEAR + 1) return 'à boire dès maintenant';
  if (w.until - REFERENCE_YEAR >= 10) return `à boire ou à garder jusqu'en ${w.until}`;
  return `à boire d'ici ${w.until}`;
}

export interface DescriptionInput {
  profile: Profile;
  noun: string;
  elevage: readonly string[];
  soil: string;
  family?: string;
  organic: boolean;
  biodynamic: boolean;
  /** Dishes with their article. */
  dishes: readonly string[];
  temperature: string;
  window: Window;
}

const PRACTICES = [
  'en agriculture raisonnée',
  'dans le respect des sols',
  'avec un soin minutieux',
];

export function description(rng: Rng, d: DescriptionInput): string {
  const verb = rng.pick(d.profile.verbs);
  const practice = d.biodynamic
    ? 'en biodynamie'
    : d.organic
      ? 'en agriculture biologique'
      : rng.pick(PRACTICES);
  let first: string;
  const r = rng.next();
  if (d.organic && r < 0.5) {
    first = `Cultivé ${practice} sur ${d.soil}, ce ${d.noun} ${verb}.`;
  } else if (d.family && r < 0.75) {
    first = `La famille ${d.family} cultive ses vignes ${practice} sur ${d.soil}, et ce ${d.noun} ${verb}.`;
  } else if (r < 0.85 || d.elevage.length === 0) {
    first = `Issu de vignes de ${rng.int(3, 14) * 5} ans plantées sur ${d.soil}, ce ${d.noun} ${verb}.`;
  } else {
    first = `${rng.pick(d.elevage)}, ce ${d.noun} ${verb}.`;
  }

  const [p1, p2] = d.dishes as [string, string];
  const color = d.profile.color;
  let second: string;
  const s = rng.next();
  if (d.window.from !== undefined && s < 0.6) {
    second = `Encore jeune : patientez jusqu'en ${d.window.from} avant de le servir avec ${p1}.`;
  } else if (color === 'effervescent' && s < 0.6) {
    second = `Parfait à l'apéritif, il accompagnera aussi ${p1}.`;
  } else if (color === 'liquoreux' && s < 0.5) {
    second = `Sublime avec ${p1}, il se suffit aussi à lui-même en fin de repas.`;
  } else if (d.window.until - REFERENCE_YEAR >= 8 && d.window.from === undefined && s < 0.5) {
    second = `À ouvrir dès maintenant avec ${p1}, ou à garder en cave jusqu'en ${d.window.until}.`;
  } else if (s < 0.7) {
    second = `À servir à ${d.temperature} avec ${p1} ou ${p2}.`;
  } else if (s < 0.85) {
    second = `Il accompagnera à merveille ${p1}.`;
  } else {
    second = `Un accord tout trouvé avec ${p1}, mais aussi avec ${p2}.`;
  }
  return `${first} ${second}`;
}
