using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DialogStepLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "StepTakenUntilUtc",
                table: "DialogStates",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StepTakenUntilUtc",
                table: "DialogStates");
        }
    }
}
