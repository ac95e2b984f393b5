using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupervisionChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SupervisionColour",
                table: "ProgressEntries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SupervisionColour",
                table: "ProgressEntries");
        }
    }
}
