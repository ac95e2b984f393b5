using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class deadlinesDeadlineKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Deadline",
                table: "Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineKind",
                table: "Measures",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineKind",
                table: "Findings",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // Every deadline recorded before the kinds existed was a date.
            migrationBuilder.Sql("UPDATE \"Findings\" SET \"DeadlineKind\" = 'OnDate' WHERE \"Deadline\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Deadline",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "DeadlineKind",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "DeadlineKind",
                table: "Findings");
        }
    }
}
