using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ledgerchatNextStepStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NextStepOrdinal",
                table: "ProgressEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PercentComplete",
                table: "NextSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "NextSteps",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                // Next steps announced before they had a status are planned work, not started.
                defaultValue: "NotStarted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NextStepOrdinal",
                table: "ProgressEntries");

            migrationBuilder.DropColumn(
                name: "PercentComplete",
                table: "NextSteps");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "NextSteps");
        }
    }
}
