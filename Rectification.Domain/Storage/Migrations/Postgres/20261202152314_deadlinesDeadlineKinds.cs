using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Postgres
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineKind",
                table: "Measures",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeadlineKind",
                table: "Findings",
                type: "character varying(32)",
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
