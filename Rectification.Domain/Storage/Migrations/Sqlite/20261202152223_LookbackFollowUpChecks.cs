using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rectification.Domain.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LookbackFollowUpChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDepartmentHead",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "RecurrenceCount",
                table: "Findings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "FollowUpChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FindingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignOffEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthsAfterSignOff = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Recurred = table.Column<bool>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnswerEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpChecks_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpChecks_ProgressEntries_AnswerEntryId",
                        column: x => x.AnswerEntryId,
                        principalTable: "ProgressEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpChecks_AnsweredAtUtc_DueOn",
                table: "FollowUpChecks",
                columns: new[] { "AnsweredAtUtc", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpChecks_AnswerEntryId",
                table: "FollowUpChecks",
                column: "AnswerEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpChecks_FindingId",
                table: "FollowUpChecks",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpChecks_SignOffEntryId_MonthsAfterSignOff",
                table: "FollowUpChecks",
                columns: new[] { "SignOffEntryId", "MonthsAfterSignOff" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpChecks");

            migrationBuilder.DropColumn(
                name: "IsDepartmentHead",
                table: "People");

            migrationBuilder.DropColumn(
                name: "RecurrenceCount",
                table: "Findings");
        }
    }
}
