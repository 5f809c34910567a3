import type { KnowledgeAskResponse } from '@scenaro/api-contract';
import { type Db, Prisma } from '@scenaro/db';
import { questionWords } from './question-words.js';

/**
 * Least share of a question's weight a passage must cover to count as an answer. Calibrated on
 * the demo documents (demo/caviste/knowledge, 32 questions): questions they answer score 0.75–1
 * on their best passage (0.51 at worst: "Combien coûte la livraison en Corse ?"), off-topic ones
 * 0.41 at most ("Quel est le meilleur smartphone ?"; "…demain à Tokyo ?" 0.23). An unknown word
 * weighs the most, so a question about something the documents never mention falls below.
 */
export const MIN_RELEVANCE = 0.5;
/** Besides the bar above, a passage must score this share of the best one to come along. */
const RELATIVE_CUTOFF = 0.6;
/** What a word matched only by its stem's prefix counts for (livrez ~ livraison, but also ~ livre). */
const PREFIX_CREDIT = 0.75;
/** strict_word_similarity from which a word counts as a (misspelt) match of a passage word. */
const FUZZY_SIMILARITY = 0.6;

interface Row {
  documentId: string;
  documentTitle: string;
  heading: string;
  text: string;
  relevance: number;
  rank: number;
}

/**
 * The passages of the tenant's knowledge base that best answer a question, or
 * `noGoodAnswer` when none is relevant enough (better to say so than to read out noise).
 *
 * Candidates: French full text, `to_tsvector('french', "searchText")` (the indexed expression)
 * against the question as `websearch_to_tsquery` (its words or-ed), widened to stem prefixes
 * (livrez ~ livraison); trigram similarity is the fallback for the words full text matches
 * nowhere (typos, unknown forms). Relevance: the share of the question's words a passage
 * contains, each word weighted by how rare it is in the tenant's passages (so "vin" counts for
 * little, "Villeurbanne" for a lot); a word matched by prefix only counts PREFIX_CREDIT, a
 * misspelt one its similarity. Ties are ranked by `ts_rank_cd`.
 */
export async function askKnowledge({
  db,
  tenantId,
  question,
  limit,
  minRelevance = MIN_RELEVANCE,
}: {
  db: Db;
  tenantId: string;
  question: string;
  limit: number;
  /** Overrides MIN_RELEVANCE (calibration). */
  minRelevance?: number;
}): Promise<KnowledgeAskResponse> {
  const words = questionWords(question);
  if (words.length === 0) return { answers: [], noGoodAnswer: true };

  const rows = await scorePassages({ db, tenantId, words, limit, minRelevance });

  const best = rows[0]?.relevance ?? 0;
  const answers = rows
    .filter((row) => row.relevance >= best * RELATIVE_CUTOFF)
    .map((row) => ({
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      heading: row.heading,
      text: row.text,
      score: Math.round(row.relevance * 1000) / 1000,
    }));
  return { answers, noGoodAnswer: answers.length === 0 };
}

/**
 * The passages scoring at least `minRelevance`, best first. Candidates are the full-text matches
 * of the question or of its words' stem prefixes (served by the full-text index) and, for the
 * words full text finds nowhere in the tenant's passages (typos), the passages containing a
 * similar word (served by the trigram index, `<%`); such a word counts by its strict similarity.
 */
async function scorePassages({
  db,
  tenantId,
  words,
  limit,
  minRelevance,
}: {
  db: Db;
  tenantId: string;
  words: string[];
  limit: number;
  minRelevance: number;
}): Promise<Row[]> {
  return db.$queryRaw<Row[]>(Prisma.sql`
    WITH words AS (
      SELECT DISTINCT ON (lexeme) word, lexeme
      FROM (
        SELECT w.word, (tsvector_to_array(to_tsvector('french', w.word)))[1] AS lexeme
        FROM unnest(string_to_array(${words.join(' ')}, ' ')) AS w(word)
      ) AS stemmed
      WHERE lexeme IS NOT NULL
    ),
    terms AS (
      SELECT word, quote_literal(lexeme)::tsquery AS exact,
        (quote_literal(left(lexeme, greatest(least(length(lexeme), 5), length(lexeme) - 2)))
          || CASE WHEN length(lexeme) >= 4 THEN ':*' ELSE '' END) AS prefix
      FROM words
    ),
    corpus AS (
      SELECT count(*)::float8 AS size FROM "KnowledgePassage" WHERE "tenantId" = ${tenantId}
    ),
    counted AS (
      SELECT t.word, t.exact, t.prefix::tsquery AS prefix, (
          SELECT count(*) FROM "KnowledgePassage" p
          WHERE p."tenantId" = ${tenantId}
            AND to_tsvector('french', p."searchText") @@ t.prefix::tsquery
        )::float8 AS frequency
      FROM terms t
    ),
    weighted AS (
      SELECT c.word, c.exact, c.prefix, c.frequency = 0 AS unknown,
        ln((corpus.size + 1) / (c.frequency + 0.5)) AS weight
      FROM counted c, corpus
    ),
    question AS (
      SELECT websearch_to_tsquery('french', unaccent(lower(${words.join(' or ')}))) AS query,
        websearch_to_tsquery('french', unaccent(lower(${words.join(' or ')})))
          || coalesce((SELECT string_agg(prefix, ' | ')::tsquery FROM terms), ''::tsquery)
          AS anyword,
        (SELECT coalesce(sum(weight), 0) FROM weighted) AS weight
    ),
    candidates AS MATERIALIZED (
      SELECT p.id, p."documentId", p.heading, p.text, p.position, p."searchText",
        to_tsvector('french', p."searchText") AS vector
      FROM "KnowledgePassage" p
      WHERE p."tenantId" = ${tenantId}
        AND p.id IN (
          SELECT f.id FROM "KnowledgePassage" f
          WHERE f."tenantId" = ${tenantId}
            AND to_tsvector('french', f."searchText") @@ (SELECT anyword FROM question)
          UNION
          SELECT f.id FROM weighted w
          JOIN "KnowledgePassage" f
            ON f."tenantId" = ${tenantId} AND w.unknown AND w.word <% f."searchText"
        )
    ),
    scored AS (
      SELECT c.*,
        (
          SELECT coalesce(sum(w.weight * CASE
            WHEN c.vector @@ w.exact THEN 1.0::float8
            WHEN c.vector @@ w.prefix THEN ${PREFIX_CREDIT}::float8
            WHEN w.unknown THEN coalesce((
              SELECT similarity FROM (
                SELECT strict_word_similarity(w.word, c."searchText") AS similarity
              ) AS fuzzy WHERE similarity >= ${FUZZY_SIMILARITY}::float8
            ), 0)
            ELSE 0::float8 END), 0)
          FROM weighted w
        ) / nullif(q.weight, 0) AS relevance,
        ts_rank_cd(c.vector, q.query) AS rank
      FROM candidates c, question q
    )
    SELECT s."documentId", d.title AS "documentTitle", s.heading, s.text,
      s.relevance::float8 AS relevance, s.rank::float8 AS rank
    FROM scored s
    JOIN "KnowledgeDocument" d ON d.id = s."documentId" AND d."tenantId" = ${tenantId}
    WHERE s.relevance >= ${minRelevance}::float8 AND d.status = 'ready'
    ORDER BY s.relevance DESC, s.rank DESC, s."documentId", s.position
    LIMIT ${limit}::int
  `);
}
