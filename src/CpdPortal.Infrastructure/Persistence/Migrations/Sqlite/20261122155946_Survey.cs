using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Survey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedEarlyOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    PathwayRoleId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoBarriers = table.Column<bool>(type: "INTEGER", nullable: false),
                    OtherBarrier = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_PathwayRoles_PathwayRoleId",
                        column: x => x.PathwayRoleId,
                        principalTable: "PathwayRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "SurveyRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyBarriers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Barrier = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyBarriers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyBarriers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    MethodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyRatings_CpdMethods_MethodId",
                        column: x => x.MethodId,
                        principalTable: "CpdMethods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyRatings_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyWishes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    MethodId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyWishes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyWishes_CpdMethods_MethodId",
                        column: x => x.MethodId,
                        principalTable: "CpdMethods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyWishes_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBarriers_ResponseId_Barrier",
                table: "SurveyBarriers",
                columns: new[] { "ResponseId", "Barrier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRatings_MethodId",
                table: "SurveyRatings",
                column: "MethodId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRatings_ResponseId_MethodId",
                table: "SurveyRatings",
                columns: new[] { "ResponseId", "MethodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_PathwayRoleId",
                table: "SurveyResponses",
                column: "PathwayRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RoundId_PathwayRoleId",
                table: "SurveyResponses",
                columns: new[] { "RoundId", "PathwayRoleId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RoundId_StaffMemberId",
                table: "SurveyResponses",
                columns: new[] { "RoundId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RoundId_TeamId",
                table: "SurveyResponses",
                columns: new[] { "RoundId", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_StaffMemberId",
                table: "SurveyResponses",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_TeamId",
                table: "SurveyResponses",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRounds_ClosedEarlyOn_ClosingDate",
                table: "SurveyRounds",
                columns: new[] { "ClosedEarlyOn", "ClosingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRounds_OpenedOn",
                table: "SurveyRounds",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWishes_MethodId",
                table: "SurveyWishes",
                column: "MethodId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWishes_ResponseId_MethodId",
                table: "SurveyWishes",
                columns: new[] { "ResponseId", "MethodId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyBarriers");

            migrationBuilder.DropTable(
                name: "SurveyRatings");

            migrationBuilder.DropTable(
                name: "SurveyWishes");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyRounds");
        }
    }
}
