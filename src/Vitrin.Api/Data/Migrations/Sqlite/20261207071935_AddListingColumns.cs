using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vitrin.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The maker's and the category's fields a list item shows, copied onto the product row, so that
    /// <c>GET /products</c> (ProductListSql) reads one table. Not in the EF model: triggers keep them, inside
    /// the writing transaction, whatever code writes. Note: an EF migration that rebuilds the products,
    /// users or categories table (SQLite cannot alter columns) drops these triggers, and a products rebuild
    /// drops these columns too: recreate both (ProductListSqlTests fail until then).
    /// </summary>
    public partial class AddListingColumns : Migration
    {
        /// <summary>An UPDATE of products setting the copies from the maker and category of <paramref name="row"/> (<c>new</c> in a trigger, <c>products</c> for every row).</summary>
        private static string CopyTo(string row) => $"""
            UPDATE products SET
                (maker_user_name, maker_display_name, maker_avatar_path) =
                    (SELECT coalesce(u.user_name, ''), u.display_name, u.avatar_path FROM users AS u WHERE u.id = {row}.author_id),
                (category_slug, category_name, category_icon, category_color) =
                    (SELECT c.slug, c.name, c.icon, c.color FROM categories AS c WHERE c.id = {row}.category_id)
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE products ADD COLUMN maker_user_name TEXT NOT NULL DEFAULT '';
                ALTER TABLE products ADD COLUMN maker_display_name TEXT NULL;
                ALTER TABLE products ADD COLUMN maker_avatar_path TEXT NULL;
                ALTER TABLE products ADD COLUMN category_slug TEXT NOT NULL DEFAULT '';
                ALTER TABLE products ADD COLUMN category_name TEXT NOT NULL DEFAULT '';
                ALTER TABLE products ADD COLUMN category_icon TEXT NOT NULL DEFAULT '';
                ALTER TABLE products ADD COLUMN category_color TEXT NOT NULL DEFAULT '';
                """);

            // A product's copy, taken whenever its maker or category is set.
            migrationBuilder.Sql($"""
                CREATE TRIGGER products_listing_insert AFTER INSERT ON products BEGIN
                {CopyTo("new")} WHERE id = new.id;
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER products_listing_update AFTER UPDATE OF author_id, category_id ON products BEGIN
                {CopyTo("new")} WHERE id = new.id;
                END;
                """);

            // A maker's or category's change, passed on to their products (only when a copied field changed:
            // ASP.NET Identity writes every column of the user on each update).
            migrationBuilder.Sql("""
                CREATE TRIGGER users_listing AFTER UPDATE OF user_name, display_name, avatar_path ON users
                WHEN old.user_name IS NOT new.user_name OR old.display_name IS NOT new.display_name OR old.avatar_path IS NOT new.avatar_path
                BEGIN
                    UPDATE products SET (maker_user_name, maker_display_name, maker_avatar_path) =
                        (coalesce(new.user_name, ''), new.display_name, new.avatar_path)
                        WHERE author_id = new.id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER categories_listing AFTER UPDATE OF slug, name, icon, color ON categories
                WHEN old.slug IS NOT new.slug OR old.name IS NOT new.name OR old.icon IS NOT new.icon OR old.color IS NOT new.color
                BEGIN
                    UPDATE products SET (category_slug, category_name, category_icon, category_color) = (new.slug, new.name, new.icon, new.color)
                        WHERE category_id = new.id;
                END;
                """);

            // Existing products.
            migrationBuilder.Sql(CopyTo("products") + ";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER categories_listing;
                DROP TRIGGER users_listing;
                DROP TRIGGER products_listing_update;
                DROP TRIGGER products_listing_insert;
                ALTER TABLE products DROP COLUMN maker_user_name;
                ALTER TABLE products DROP COLUMN maker_display_name;
                ALTER TABLE products DROP COLUMN maker_avatar_path;
                ALTER TABLE products DROP COLUMN category_slug;
                ALTER TABLE products DROP COLUMN category_name;
                ALTER TABLE products DROP COLUMN category_icon;
                ALTER TABLE products DROP COLUMN category_color;
                """);
        }
    }
}
