-- Catalogue search at scale (issue #3): full-text indexes whose words belong to one tenant.
--
-- The ("tenantId", to_tsvector(…)) btree_gin indexes keep one posting list per word for all
-- tenants together, and a search intersects it with the tenant's list of every product: a word
-- in most names ("domaine") made the index scan alone cost as much as 550 000 postings (8.5 ms
-- at 1 M products over 20 tenants) to find one tenant's 27 000. Here every lexeme of the
-- indexed vector is prefixed with its tenant id ('ten_…:domain'), and queries are prefixed the
-- same way (scenaro_tenant_tsquery), so a word's posting list holds that tenant's products only.
-- Positions are kept, so phrase queries ("côtes du rhône") still work.

-- The vector `v` of a product of `tenant`, each lexeme prefixed with `tenant:`. Works on the
-- text form, where lexemes are quoted and escaped; tenant ids are letters, digits and `_`.
CREATE FUNCTION scenaro_tenant_tsvector(tenant text, v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(v::text, '''((?:[^'']|'''')*)''', '''' || tenant || ':\1''', 'g')::tsvector
$$;

-- The query `q` for the products of `tenant`: each quoted lexeme prefixed with `tenant:`
-- (operators, phrase distances and prefix marks are left as they are).
CREATE FUNCTION scenaro_tenant_tsquery(tenant text, q tsquery) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(q::text, '''((?:[^'']|'''')*)''', '''' || tenant || ':\1''', 'g')::tsquery
$$;

-- Lexemes that let the index answer filters and price order along with the words. '#' never
-- starts a lexeme of parsed text, so none of these can match a word, or be typed in a query.
--
-- The price band of a price in cents ('#price4': 12.00 € to 14.99 €): a search in price order
-- reads its matches band by band, cheapest first, and stops at the band that completes its
-- page (searchSql). Keep the bounds in step with SEARCH_PRICE_BOUNDS (search-sql.ts).
--
-- Each short string value of the attributes and of their lists ('#color=rouge',
-- '#grapes=Pinot Noir'): an equality or list filter becomes a term of the query, so a search
-- with filters reads the rows that pass them rather than every match of its words. Longer
-- values (tasting notes…) are left out; keep the length in step with INDEXED_VALUE_LENGTH.
CREATE FUNCTION scenaro_product_lexemes(cents integer, attributes jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT lexeme)), '') FROM (
    SELECT '#price' || width_bucket(cents,
      ARRAY[500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 20000]) AS lexeme
    WHERE cents IS NOT NULL
    UNION ALL
    SELECT '#' || a.key || '=' || (v.value #>> '{}')
    FROM jsonb_each(CASE jsonb_typeof(attributes) WHEN 'object' THEN attributes ELSE '{}' END) a
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE jsonb_typeof(a.value) WHEN 'array' THEN a.value ELSE jsonb_build_array(a.value) END) v
    WHERE jsonb_typeof(v.value) = 'string' AND char_length(v.value #>> '{}') BETWEEN 1 AND 60
  ) lexemes
$$;

-- Whole searchText, price band and attribute values: what a search matches (searchSql,
-- matchAttributeText).
CREATE INDEX "Product_tenant_text_idx" ON "Product" USING gin (
  scenaro_tenant_tsvector("tenantId",
    to_tsvector('french'::regconfig, "searchText") || scenaro_product_lexemes("priceCents", attributes)));

-- The name (the head of searchText): relevance's first tier.
CREATE INDEX "Product_tenant_name_idx" ON "Product" USING gin (
  scenaro_tenant_tsvector("tenantId", to_tsvector('french'::regconfig, "left"("searchText", char_length(name)))));

-- "Product_search_fts_idx" and "Product_search_name_idx" are what the previous release searches
-- through; the next release's migration drops them (expand/contract, docs/operations.md
-- "Upgrading"), once no replica runs that code.
