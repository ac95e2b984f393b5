using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvidenceAdded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EvidenceForEntryId",
                table: "ProgressEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressEntries_EvidenceForEntryId",
                table: "ProgressEntries",
                column: "EvidenceForEntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressEntries_EvidenceForEntryId",
                table: "ProgressEntries");

            migrationBuilder.DropColumn(
                name: "EvidenceForEntryId",
                table: "ProgressEntries");
        }
    }
}
