using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Bot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class rounds_ConversationRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RoundInspectionId",
                table: "DigestSubscriptions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoundInspectionId",
                table: "DialogStates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConversationRounds",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChosenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationRounds", x => new { x.ChannelId, x.Scope });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationRounds");

            migrationBuilder.DropColumn(
                name: "RoundInspectionId",
                table: "DigestSubscriptions");

            migrationBuilder.DropColumn(
                name: "RoundInspectionId",
                table: "DialogStates");
        }
    }
}
