import type { DbTx } from '@scenaro/db';

/** Words the vocabulary can hold (see scenaro_text_words): 3 letters or more, no digit. */
const correctable = (word: string) => word.length >= 3 && !/\p{N}/u.test(word);

/** A query's words as the catalogue knows them. */
export interface CorrectedWords {
  words: string[];
  /** False when French full text ignores every word of the query ("de", "les"…). */
  searchable: boolean;
}

/**
 * Corrects the words of a folded query against the tenant's vocabulary ("ProductWord", kept by
 * triggers on Product): a word of the catalogue is kept; otherwise the most frequent word that
 * sounds the same in French ("nouar" → "noir"), else the most similar by trigrams ("sancere" →
 * "sancerre"); a word with neither is dropped. Short words and numbers are kept as they are.
 * One statement, a few index probes per word: it never reads products.
 */
export async function correctWords(
  db: DbTx,
  tenantId: string,
  text: string,
): Promise<CorrectedWords> {
  const words = text.split(' ').filter(Boolean);
  const asked = words.filter(correctable);
  const [row] = await db.$queryRaw<{ lexemes: number; fixed: (string | null)[] }[]>`
    SELECT numnode(websearch_to_tsquery('french', ${text}))::int AS lexemes, ARRAY(
      SELECT COALESCE(
        (SELECT w.word FROM "ProductWord" w WHERE w."tenantId" = ${tenantId} AND w.word = u.word),
        (SELECT w.word FROM "ProductWord" w
          WHERE w."tenantId" = ${tenantId} AND w.sound = scenaro_word_sound(u.word)
          ORDER BY w.products DESC, w.word LIMIT 1),
        (SELECT w.word FROM "ProductWord" w
          WHERE w."tenantId" = ${tenantId} AND w.word % u.word
          ORDER BY similarity(w.word, u.word) DESC, w.products DESC, w.word LIMIT 1))
      FROM unnest(${asked}::text[]) WITH ORDINALITY AS u(word, n)
      ORDER BY u.n) AS fixed`;
  const fixed = new Map(asked.map((word, i) => [word, row?.fixed[i] ?? null]));
  return {
    words: words.flatMap((word) => {
      if (!correctable(word)) return [word];
      const found = fixed.get(word);
      return found ? [found] : [];
    }),
    searchable: (row?.lexemes ?? 0) > 0,
  };
}
