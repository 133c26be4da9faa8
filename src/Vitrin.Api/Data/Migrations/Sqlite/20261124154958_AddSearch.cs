using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vitrin.Api.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // product_search: every field, porter-stemmed, for matching. product_words: titles, taglines and
            // tags unstemmed, for prefixes (the word being typed) and, through product_words_vocab, the
            // vocabulary typo corrections come from. Case and accents are folded by unicode61; the Persian
            // and Arabic forms by Normalized(), the same mapping as SearchText's.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE product_search USING fts5(title, extra, description, tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE product_words USING fts5(title, extra, tokenize = 'unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE product_words_vocab USING fts5vocab(product_words, 'row');
                """);

            // Kept up to date by triggers, inside the writing transaction. Note: an EF migration that
            // rebuilds the products table (SQLite cannot alter columns) drops these triggers; recreate them.
            var insert = $"""
                INSERT INTO product_search (rowid, title, extra, description)
                    VALUES (new.id, {Normalized("new.title")}, {Normalized("new.tagline || ' ' || new.search_tags")}, {Normalized("new.description")});
                INSERT INTO product_words (rowid, title, extra)
                    VALUES (new.id, {Normalized("new.title")}, {Normalized("new.tagline || ' ' || new.search_tags")});
                """;
            migrationBuilder.Sql($"""
                CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
                {insert}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER products_search_update AFTER UPDATE OF title, tagline, search_tags, description ON products BEGIN
                DELETE FROM product_search WHERE rowid = old.id;
                DELETE FROM product_words WHERE rowid = old.id;
                {insert}
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
                DELETE FROM product_search WHERE rowid = old.id;
                DELETE FROM product_words WHERE rowid = old.id;
                END;
                """);

            // Existing products: tags as search text first, then the index.
            migrationBuilder.Sql("""
                UPDATE products SET search_tags = coalesce((
                    SELECT group_concat(slug, ' ') FROM (
                        SELECT g.slug FROM product_tags AS pt JOIN tags AS g ON g.id = pt.tag_id
                        WHERE pt.product_id = products.id ORDER BY g.slug)), '');
                DELETE FROM product_search;
                DELETE FROM product_words;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO product_search (rowid, title, extra, description)
                    SELECT id, {Normalized("title")}, {Normalized("tagline || ' ' || search_tags")}, {Normalized("description")} FROM products;
                INSERT INTO product_words (rowid, title, extra)
                    SELECT id, {Normalized("title")}, {Normalized("tagline || ' ' || search_tags")} FROM products;
                """);
        }

        /// <summary>
        /// SQL applying SearchText's Persian/Arabic mapping to an expression: ي ى → ی, ك → ک,
        /// Arabic-Indic and Persian digits → ASCII; ZWNJ, ZWJ, tatweel and harakat removed.
        /// </summary>
        private static string Normalized(string expression)
        {
            var pairs = new List<(int From, string To)> { (0x064A, "char(1740)"), (0x0649, "char(1740)"), (0x0643, "char(1705)") };
            for (var d = 0; d < 10; d++)
            {
                pairs.Add((0x0660 + d, $"'{d}'"));
                pairs.Add((0x06F0 + d, $"'{d}'"));
            }

            foreach (var c in new[] { 0x200C, 0x200D, 0x0640, 0x0670 }.Concat(Enumerable.Range(0x064B, 0x065F - 0x064B + 1)))
            {
                pairs.Add((c, "''"));
            }

            return pairs.Aggregate(expression, (sql, pair) => $"replace({sql}, char({pair.From}), {pair.To})");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER products_search_insert;
                DROP TRIGGER products_search_update;
                DROP TRIGGER products_search_delete;
                DROP TABLE product_words_vocab;
                DROP TABLE product_words;
                DROP TABLE product_search;
                """);
            migrationBuilder.DropColumn(
                name: "search_tags",
                table: "products");
        }
    }
}
