using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearningYearSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearningYearSummaries",
                columns: table => new
                {
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    YearStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EntitlementHours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    CertificatedHours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Quarter1Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Quarter2Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Quarter3Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Quarter4Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    CompleteEntries = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningYearSummaries", x => new { x.StaffMemberId, x.YearStart });
                    table.ForeignKey(
                        name: "FK_LearningYearSummaries_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningYearSummaries_YearStart",
                table: "LearningYearSummaries",
                column: "YearStart");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningYearSummaries");
        }
    }
}
