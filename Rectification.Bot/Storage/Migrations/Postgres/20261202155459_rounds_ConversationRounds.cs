using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Bot.Storage.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoundInspectionId",
                table: "DialogStates",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConversationRounds",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    InspectionId = table.Column<int>(type: "integer", nullable: false),
                    ChosenBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChosenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
