using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vitrin.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// The maker's and the category's fields a list item shows, copied onto the product row, so that
    /// <c>GET /products</c> (ProductListSql) reads one table instead of probing users and categories for
    /// every row (11 % more pages per second end to end, see the README's Benchmarks). Not in the EF
    /// model: the database keeps them, inside the writing transaction, whatever code writes (EF, ExecuteUpdate, raw SQL, bulk loads).
    /// </summary>
    public partial class AddListingColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE products
                    ADD COLUMN maker_user_name character varying(256) NOT NULL DEFAULT '',
                    ADD COLUMN maker_display_name character varying(60),
                    ADD COLUMN maker_avatar_path character varying(300),
                    ADD COLUMN category_slug character varying(60) NOT NULL DEFAULT '',
                    ADD COLUMN category_name character varying(60) NOT NULL DEFAULT '',
                    ADD COLUMN category_icon character varying(40) NOT NULL DEFAULT '',
                    ADD COLUMN category_color character varying(7) NOT NULL DEFAULT '';

                -- A product's copy, taken whenever its maker or category is set.
                CREATE FUNCTION vitrin_product_listing() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT coalesce(u.user_name, ''), u.display_name, u.avatar_path
                        INTO NEW.maker_user_name, NEW.maker_display_name, NEW.maker_avatar_path
                        FROM users AS u WHERE u.id = NEW.author_id;
                    SELECT c.slug, c.name, c.icon, c.color
                        INTO NEW.category_slug, NEW.category_name, NEW.category_icon, NEW.category_color
                        FROM categories AS c WHERE c.id = NEW.category_id;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER products_listing BEFORE INSERT OR UPDATE OF author_id, category_id ON products
                    FOR EACH ROW EXECUTE FUNCTION vitrin_product_listing();

                -- A maker's or category's change, passed on to their products (only when a copied field changed:
                -- ASP.NET Identity writes every column of the user on each update).
                CREATE FUNCTION vitrin_maker_listing() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE products SET maker_user_name = coalesce(NEW.user_name, ''), maker_display_name = NEW.display_name,
                        maker_avatar_path = NEW.avatar_path
                        WHERE author_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER users_listing AFTER UPDATE OF user_name, display_name, avatar_path ON users
                    FOR EACH ROW WHEN (OLD.user_name IS DISTINCT FROM NEW.user_name OR OLD.display_name IS DISTINCT FROM NEW.display_name
                        OR OLD.avatar_path IS DISTINCT FROM NEW.avatar_path)
                    EXECUTE FUNCTION vitrin_maker_listing();

                CREATE FUNCTION vitrin_category_listing() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE products SET category_slug = NEW.slug, category_name = NEW.name, category_icon = NEW.icon,
                        category_color = NEW.color
                        WHERE category_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER categories_listing AFTER UPDATE OF slug, name, icon, color ON categories
                    FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name
                        OR OLD.icon IS DISTINCT FROM NEW.icon OR OLD.color IS DISTINCT FROM NEW.color)
                    EXECUTE FUNCTION vitrin_category_listing();

                -- Existing products.
                UPDATE products AS p SET maker_user_name = coalesce(u.user_name, ''), maker_display_name = u.display_name,
                    maker_avatar_path = u.avatar_path,
                    category_slug = c.slug, category_name = c.name, category_icon = c.icon, category_color = c.color
                    FROM users AS u, categories AS c WHERE u.id = p.author_id AND c.id = p.category_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER categories_listing ON categories;
                DROP FUNCTION vitrin_category_listing();
                DROP TRIGGER users_listing ON users;
                DROP FUNCTION vitrin_maker_listing();
                DROP TRIGGER products_listing ON products;
                DROP FUNCTION vitrin_product_listing();
                ALTER TABLE products
                    DROP COLUMN maker_user_name, DROP COLUMN maker_display_name, DROP COLUMN maker_avatar_path,
                    DROP COLUMN category_slug, DROP COLUMN category_name, DROP COLUMN category_icon, DROP COLUMN category_color;
                """);
        }
    }
}
