import { foldText } from '../catalog/search-text.js';

/**
 * Words of a spoken question that say nothing about its subject: interrogatives, politeness,
 * auxiliaries. Postgres' French stop words miss them once accents are folded ("à" becomes "a")
 * and, being rare in the documents, they would otherwise weigh heavily in the relevance.
 */
const FILLER = new Set(
  `a ai aie allo as au aussi aux avec avez avoir bien bonjour bonsoir c ca ce ceci cela ces cet
  cette chez combien comment concernant connaitre d dans de des dire dit dites donc du elle
  elles en encore est et etes etre eu faire fais faisons fait faites font faut il ils info infos j je l la le les
  leur leurs lui m ma madame me merci mes moi mon monsieur n ne nous on ont ou par pas peut
  peuvent peux plait pour pourquoi pourrais pourriez pouvez pouvons puis qu quand que quel
  quelle quelles quels qui quoi renseignement renseignements s sa salut sais savez savoir se
  ses si sil son sont sur suis svp t ta te tes toi ton tu un une vais veux voudrais vos votre
  vous voulez y`.split(/\s+/),
);

/** Most words of a question taken into account (a question, not a document). */
const MAX_WORDS = 24;

/** The words of a question that carry its subject: folded, deduplicated, fillers dropped. */
export function questionWords(question: string): string[] {
  const words = foldText(question)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !FILLER.has(word));
  return [...new Set(words)].slice(0, MAX_WORDS);
}
