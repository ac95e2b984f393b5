using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Sqlite
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
                type: "TEXT",
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
