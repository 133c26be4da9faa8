using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vitrin.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_tags",
                table: "products",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Extensions (postgresql-contrib): unaccent folds accents, pg_trgm finds typo corrections.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;");

            // English stemming without a stop-word list, so that "the", "to" and "it" are searchable as
            // they are in SQLite's FTS5 porter tokenizer and both databases find the same products.
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH DICTIONARY public.vitrin_english_stem (TEMPLATE = pg_catalog.snowball, Language = english);
                CREATE TEXT SEARCH CONFIGURATION public.vitrin_search (COPY = pg_catalog.english);
                ALTER TEXT SEARCH CONFIGURATION public.vitrin_search
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH public.vitrin_english_stem;
                """);

            // Persian/Arabic forms and ASCII punctuation (which PostgreSQL's parser would otherwise read
            // as hosts, emails or versions) are rewritten by translate(); the mapping is SearchText's.
            migrationBuilder.Sql($"""
                CREATE FUNCTION public.vitrin_search_normalize(value text) RETURNS text
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, pg_catalog.translate(value, {Literal(TranslateFrom)}, {Literal(TranslateTo)})) $$;
                """);

            // Maintained by the database on every write. One stemmed vector per relevance scope (title;
            // title, tagline and tags; everything), each with a GIN index and its own statistics, and one
            // unstemmed vector of title (weight A), tagline and tags (B) for prefixes and the vocabulary.
            migrationBuilder.Sql("""
                ALTER TABLE products ADD COLUMN search_title tsvector GENERATED ALWAYS AS (
                    to_tsvector('public.vitrin_search'::regconfig, public.vitrin_search_normalize(title))) STORED;
                ALTER TABLE products ADD COLUMN search_named tsvector GENERATED ALWAYS AS (
                    to_tsvector('public.vitrin_search'::regconfig, public.vitrin_search_normalize(title))
                    || to_tsvector('public.vitrin_search'::regconfig, public.vitrin_search_normalize(tagline || ' ' || search_tags))) STORED;
                ALTER TABLE products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    to_tsvector('public.vitrin_search'::regconfig, public.vitrin_search_normalize(title))
                    || to_tsvector('public.vitrin_search'::regconfig, public.vitrin_search_normalize(tagline || ' ' || search_tags))
                    || to_tsvector('public.vitrin_search'::regconfig, public.vitrin_search_normalize(description))) STORED;
                ALTER TABLE products ADD COLUMN search_prefix tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('pg_catalog.simple'::regconfig, public.vitrin_search_normalize(title)), 'A')
                    || setweight(to_tsvector('pg_catalog.simple'::regconfig, public.vitrin_search_normalize(tagline || ' ' || search_tags)), 'B')) STORED;
                CREATE INDEX ix_products_search_title ON products USING gin (search_title);
                CREATE INDEX ix_products_search_named ON products USING gin (search_named);
                CREATE INDEX ix_products_search_vector ON products USING gin (search_vector);
                CREATE INDEX ix_products_search_prefix ON products USING gin (search_prefix);
                """);

            // Relevance ties (upvotes, newest published, id) read in index order, so a tier that matches
            // thousands of products stops after one page; the exact-title tier is an index look-up.
            migrationBuilder.Sql("""
                CREATE INDEX ix_products_search_ties ON products (status, hidden, upvote_count DESC, published_at DESC, id DESC);
                CREATE INDEX ix_products_title_exact ON products (lower(title COLLATE "C"));
                """);

            // User search matches substrings of usernames and display names: trigram indexes serve LIKE '%…%'.
            migrationBuilder.Sql("""
                CREATE INDEX ix_users_search_username ON users USING gin (normalized_user_name public.gin_trgm_ops);
                CREATE INDEX ix_users_search_display_name ON users USING gin (lower(display_name) public.gin_trgm_ops);
                """);

            // Existing products: their tags as search text (the generated columns then follow).
            migrationBuilder.Sql("""
                UPDATE products AS p SET search_tags = t.slugs
                FROM (SELECT pt.product_id, string_agg(g.slug, ' ' ORDER BY g.slug COLLATE "C") AS slugs
                      FROM product_tags AS pt JOIN tags AS g ON g.id = pt.tag_id
                      GROUP BY pt.product_id) AS t
                WHERE p.id = t.product_id;
                """);

            // The vocabulary that typo corrections are drawn from: unstemmed words of titles, taglines
            // and tags. Only grows (stale words are checked against products when used); a plain index
            // and NOT EXISTS instead of a unique key, so concurrent writers never wait on each other.
            migrationBuilder.Sql("""
                CREATE TABLE search_terms (term text COLLATE "C" NOT NULL);
                CREATE INDEX ix_search_terms_term ON search_terms (term);
                CREATE INDEX ix_search_terms_trigram ON search_terms USING gin (term public.gin_trgm_ops);
                INSERT INTO search_terms (term) SELECT DISTINCT unnest(tsvector_to_array(search_prefix)) FROM products;
                CREATE FUNCTION vitrin_collect_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO search_terms (term)
                    SELECT DISTINCT w FROM unnest(tsvector_to_array(NEW.search_prefix)) AS w
                    WHERE NOT EXISTS (SELECT 1 FROM search_terms AS s WHERE s.term = w);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER products_search_terms AFTER INSERT OR UPDATE OF title, tagline, search_tags ON products
                    FOR EACH ROW EXECUTE FUNCTION vitrin_collect_search_terms();
                """);
        }

        // ي ى ك, Arabic-Indic and Persian digits, then the 32 ASCII punctuation characters (to spaces),
        // then the ignored characters (no counterpart, so translate() deletes them): ZWNJ, ZWJ, tatweel, harakat.
        private static readonly string TranslateFrom = "\u064A\u0649\u0643\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
            + "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9"
            + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
            + "\u200C\u200D\u0640\u0670" + string.Concat(Enumerable.Range(0x064B, 0x065F - 0x064B + 1).Select(c => (char)c));

        private static readonly string TranslateTo = "\u06CC\u06CC\u06A9" + "0123456789" + "0123456789" + new string(' ', 32);

        private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER products_search_terms ON products;
                DROP FUNCTION vitrin_collect_search_terms();
                DROP TABLE search_terms;
                DROP INDEX ix_users_search_username;
                DROP INDEX ix_users_search_display_name;
                DROP INDEX ix_products_search_ties;
                DROP INDEX ix_products_title_exact;
                ALTER TABLE products DROP COLUMN search_prefix;
                ALTER TABLE products DROP COLUMN search_vector;
                ALTER TABLE products DROP COLUMN search_named;
                ALTER TABLE products DROP COLUMN search_title;
                DROP FUNCTION public.vitrin_search_normalize(text);
                DROP TEXT SEARCH CONFIGURATION public.vitrin_search;
                DROP TEXT SEARCH DICTIONARY public.vitrin_english_stem;
                """);
            migrationBuilder.DropColumn(
                name: "search_tags",
                table: "products");
        }
    }
}
