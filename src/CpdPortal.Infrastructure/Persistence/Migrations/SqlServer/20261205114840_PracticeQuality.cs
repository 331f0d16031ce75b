using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PracticeQuality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QualitySamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    YearStart = table.Column<DateOnly>(type: "date", nullable: false),
                    YearEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Percent = table.Column<decimal>(type: "decimal(5,1)", precision: 5, scale: 1, nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    CandidateCount = table.Column<int>(type: "int", nullable: false),
                    DrawnByAccountId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualitySamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QualityReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SampleId = table.Column<int>(type: "int", nullable: false),
                    ActivityId = table.Column<int>(type: "int", nullable: false),
                    TeamId = table.Column<int>(type: "int", nullable: false),
                    WhatLearnt = table.Column<int>(type: "int", nullable: true),
                    ImpactOnPractice = table.Column<int>(type: "int", nullable: true),
                    ImpactOnPeople = table.Column<int>(type: "int", nullable: true),
                    PeerReflection = table.Column<int>(type: "int", nullable: true),
                    Feedback = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AuthorRevealedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualityReviews_CpdActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "CpdActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QualityReviews_QualitySamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "QualitySamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QualityReviews_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_ActivityId",
                table: "QualityReviews",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_SampleId_ActivityId",
                table: "QualityReviews",
                columns: new[] { "SampleId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityReviews_TeamId",
                table: "QualityReviews",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_QualitySamples_DrawnByAccountId_DrawnAt",
                table: "QualitySamples",
                columns: new[] { "DrawnByAccountId", "DrawnAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QualityReviews");

            migrationBuilder.DropTable(
                name: "QualitySamples");
        }
    }
}
