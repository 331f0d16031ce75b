using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EntryAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EntryAssessments",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearntWords = table.Column<int>(type: "INTEGER", nullable: false),
                    ImpactWords = table.Column<int>(type: "INTEGER", nullable: false),
                    ReflectionWords = table.Column<int>(type: "INTEGER", nullable: false),
                    ComparedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NearCopyOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    NearCopySimilarity = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryAssessments", x => x.ActivityId);
                    table.ForeignKey(
                        name: "FK_EntryAssessments_CpdActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "CpdActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EntryAssessments_StaffMemberId",
                table: "EntryAssessments",
                column: "StaffMemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EntryAssessments");
        }
    }
}
