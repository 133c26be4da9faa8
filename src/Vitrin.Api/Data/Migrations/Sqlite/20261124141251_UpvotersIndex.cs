using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vitrin.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UpvotersIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_product_upvotes_product_id_created_at_user_id",
                table: "product_upvotes",
                columns: new[] { "product_id", "created_at", "user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_product_upvotes_product_id_created_at_user_id",
                table: "product_upvotes");
        }
    }
}
