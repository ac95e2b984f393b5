using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonIdentities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every existing person's ids become their Microsoft account (Teams was the only channel so far), before the
            // columns they lived in go; the old channel user id stays on as the person's key, which history entries record.
            migrationBuilder.CreateTable(
                name: "PersonIdentities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Realm = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AlternateUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LinkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonIdentities_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(
                """
                INSERT INTO "PersonIdentities" ("PersonId", "Realm", "UserId", "AlternateUserId", "LinkedAtUtc")
                SELECT "Id", 'microsoft', "ChannelUserId",
                       CASE WHEN "AadObjectId" IS NULL OR "AadObjectId" = "ChannelUserId" THEN NULL ELSE "AadObjectId" END,
                       "AddedAtUtc"
                FROM "People"
                """);

            migrationBuilder.DropIndex(
                name: "IX_People_AadObjectId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "AadObjectId",
                table: "People");

            migrationBuilder.RenameColumn(
                name: "ChannelUserId",
                table: "People",
                newName: "Key");

            migrationBuilder.RenameIndex(
                name: "IX_People_ChannelUserId",
                table: "People",
                newName: "IX_People_Key");

            migrationBuilder.CreateTable(
                name: "LinkCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkCodes_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecentVisitors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Realm = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AlternateUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecentVisitors", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_CodeHash",
                table: "LinkCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_ExpiresAtUtc",
                table: "LinkCodes",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LinkCodes_PersonId",
                table: "LinkCodes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonIdentities_PersonId",
                table: "PersonIdentities",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonIdentities_Realm_AlternateUserId",
                table: "PersonIdentities",
                columns: new[] { "Realm", "AlternateUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonIdentities_Realm_UserId",
                table: "PersonIdentities",
                columns: new[] { "Realm", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecentVisitors_Realm_UserId",
                table: "RecentVisitors",
                columns: new[] { "Realm", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecentVisitors_SeenAtUtc",
                table: "RecentVisitors",
                column: "SeenAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkCodes");

            migrationBuilder.DropTable(
                name: "RecentVisitors");

            migrationBuilder.RenameColumn(
                name: "Key",
                table: "People",
                newName: "ChannelUserId");

            migrationBuilder.RenameIndex(
                name: "IX_People_Key",
                table: "People",
                newName: "IX_People_ChannelUserId");

            migrationBuilder.AddColumn<string>(
                name: "AadObjectId",
                table: "People",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Back to one account per person: their Microsoft account's second id, where it had one; other accounts are lost.
            migrationBuilder.Sql(
                """
                UPDATE "People" SET "AadObjectId" = (
                    SELECT i."AlternateUserId" FROM "PersonIdentities" i
                    WHERE i."PersonId" = "People"."Id" AND i."Realm" = 'microsoft' AND i."UserId" = "People"."ChannelUserId")
                """);

            migrationBuilder.DropTable(
                name: "PersonIdentities");

            migrationBuilder.CreateIndex(
                name: "IX_People_AadObjectId",
                table: "People",
                column: "AadObjectId",
                unique: true);
        }
    }
}
