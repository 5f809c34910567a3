-- Catalogue search at scale (issue #3): a per-tenant vocabulary for the typo fallback, and the
-- name's vector so that relevance can rank name matches without scoring every match.

-- The typo fallback no longer scans products by trigram (it corrects words against
-- "ProductWord"), and this index, not scoped by tenant, was the largest write cost of imports.
DROP INDEX "Product_search_trgm_idx";

-- tsvector of the folded name: searchText begins with it (buildSearchText). Generated, so every
-- writer keeps it right; Prisma sees it as `Unsupported("tsvector")? @default(dbgenerated(…))`.
ALTER TABLE "Product" ADD COLUMN "searchName" tsvector
  GENERATED ALWAYS AS (to_tsvector('french'::regconfig, "left"("searchText", char_length(name)))) STORED;

-- Name matches of a tenant, the first tier of relevance (searchProducts). On the expression
-- (like Product_search_fts_idx): Prisma cannot describe an index on the generated column.
CREATE INDEX "Product_search_name_idx" ON "Product" USING gin ("tenantId", to_tsvector('french'::regconfig, "left"("searchText", char_length(name))));

-- CreateTable
CREATE TABLE "ProductWord" (
    "tenantId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "sound" TEXT NOT NULL,
    "products" INTEGER NOT NULL,

    CONSTRAINT "ProductWord_pkey" PRIMARY KEY ("tenantId","word")
);

-- CreateIndex
CREATE INDEX "ProductWord_tenantId_sound_idx" ON "ProductWord"("tenantId", "sound");

-- CreateIndex
CREATE INDEX "ProductWord_word_trgm_idx" ON "ProductWord" USING GIN ("word" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ProductWord" ADD CONSTRAINT "ProductWord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A rough French sound key of a folded word, for the mistakes a speech transcript or a hurried
-- shopper makes: "nouar"/"noir" → nwar, "sancere"/"sancerre" → sanser, "rhonne"/"rhone" → ron,
-- "chardonay"/"chardonnay" → Cardon (C stands for "ch"). Silent letters, doubled letters and
-- spellings of one sound collapse; it only has to bring candidates together, not be exact.
CREATE FUNCTION scenaro_word_sound(word text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(
    word,
    'ph', 'f', 'g'),
    'ch', 'C', 'g'),
    'h', '', 'g'),
    '(qu|q|ck|k)', 'k', 'g'),
    'c([eiy])', 's\1', 'g'),
    'c', 'k', 'g'),
    'gn', 'n', 'g'),
    'g([eiy])', 'j\1', 'g'),
    'w', 'v', 'g'),
    'y', 'i', 'g'),
    '(eau|au)', 'o', 'g'),
    '(oua|oi)', 'wa', 'g'),
    'ou', 'u', 'g'),
    '(ai|ei)', 'e', 'g'),
    '(.)\1+', '\1', 'g'),
    '[sxtdz]+$', ''),
    'e$', '')
$$;

-- The distinct words of a folded searchText the vocabulary counts: letters only, 3 or more.
CREATE FUNCTION scenaro_text_words(search_text text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT DISTINCT word FROM regexp_split_to_table(search_text, '[^[:alnum:]]+') AS word
  WHERE length(word) >= 3 AND word !~ '[[:digit:]]'
$$;

-- Applies a set of product text changes (before/after, NULL for none) to the vocabulary. The
-- deltas are grouped per word, so each vocabulary row is written once, in key order (writers
-- of one tenant lock words in the same order); rows and words disjoint per statement.
CREATE FUNCTION scenaro_product_words_apply(tenant_ids text[], befores text[], afters text[])
RETURNS void LANGUAGE sql AS $$
  WITH changes AS (
    SELECT * FROM unnest(tenant_ids, befores, afters) AS c(tenant_id, before, after)
    WHERE c.before IS DISTINCT FROM c.after
  ), delta AS (
    SELECT tenant_id, word, sum(d)::int AS d FROM (
      SELECT c.tenant_id, w.word, 1 AS d FROM changes c CROSS JOIN LATERAL scenaro_text_words(c.after) AS w(word)
      UNION ALL
      SELECT c.tenant_id, w.word, -1 AS d FROM changes c CROSS JOIN LATERAL scenaro_text_words(c.before) AS w(word)
    ) x
    GROUP BY tenant_id, word HAVING sum(d) <> 0
  ), added AS (
    INSERT INTO "ProductWord" AS pw ("tenantId", word, sound, products)
    SELECT tenant_id, word, scenaro_word_sound(word), d FROM delta WHERE d > 0
    ORDER BY tenant_id, word
    ON CONFLICT ("tenantId", word) DO UPDATE SET products = pw.products + EXCLUDED.products
    RETURNING 1
  ), dropped AS (
    DELETE FROM "ProductWord" pw USING delta
    WHERE delta.d < 0 AND pw."tenantId" = delta.tenant_id AND pw.word = delta.word
      AND pw.products <= -delta.d
    RETURNING 1
  )
  UPDATE "ProductWord" pw SET products = pw.products + delta.d FROM delta
  WHERE delta.d < 0 AND pw."tenantId" = delta.tenant_id AND pw.word = delta.word
    AND pw.products > -delta.d
$$;

-- Statement triggers: one vocabulary update per INSERT/UPDATE/DELETE statement (an import
-- batch is one statement), in the writer's transaction, whoever the writer is.
CREATE FUNCTION scenaro_product_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM scenaro_product_words_apply(array_agg(n."tenantId"), array_agg(NULL::text), array_agg(n."searchText"))
    FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM scenaro_product_words_apply(array_agg(n."tenantId"), array_agg(o."searchText"), array_agg(n."searchText"))
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o."searchText" IS DISTINCT FROM n."searchText";
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM scenaro_product_words_apply(array_agg(o."tenantId"), array_agg(o."searchText"), array_agg(NULL::text))
    FROM old_rows o;
  ELSE
    DELETE FROM "ProductWord";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Product_words_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scenaro_product_words_sync();
CREATE TRIGGER "Product_words_update" AFTER UPDATE ON "Product"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scenaro_product_words_sync();
CREATE TRIGGER "Product_words_delete" AFTER DELETE ON "Product"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION scenaro_product_words_sync();
CREATE TRIGGER "Product_words_truncate" AFTER TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION scenaro_product_words_sync();

-- The vocabulary of the products already there.
INSERT INTO "ProductWord" ("tenantId", word, sound, products)
SELECT p."tenantId", w.word, scenaro_word_sound(w.word), count(*)::int
FROM "Product" p CROSS JOIN LATERAL scenaro_text_words(p."searchText") AS w(word)
GROUP BY p."tenantId", w.word;
