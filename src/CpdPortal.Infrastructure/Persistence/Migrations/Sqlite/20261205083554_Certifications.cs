using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Certifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Certifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowLength = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowUnit = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyRenewalKeepsRemainingTime = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CertificationAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    CpdActivityId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificationAwards_Certifications_CertificationId",
                        column: x => x.CertificationId,
                        principalTable: "Certifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CertificationAwards_CpdActivities_CpdActivityId",
                        column: x => x.CpdActivityId,
                        principalTable: "CpdActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CertificationAwards_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CertificationCourses",
                columns: table => new
                {
                    CertificationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationCourses", x => new { x.CertificationId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_CertificationCourses_Certifications_CertificationId",
                        column: x => x.CertificationId,
                        principalTable: "Certifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CertificationCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleCertifications",
                columns: table => new
                {
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleCertifications", x => new { x.RoleId, x.CertificationId });
                    table.ForeignKey(
                        name: "FK_RoleCertifications_Certifications_CertificationId",
                        column: x => x.CertificationId,
                        principalTable: "Certifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleCertifications_PathwayRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "PathwayRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificationNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AwardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificationNotices_CertificationAwards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "CertificationAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationAwards_CertificationId_ExpiresOn",
                table: "CertificationAwards",
                columns: new[] { "CertificationId", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationAwards_CpdActivityId",
                table: "CertificationAwards",
                column: "CpdActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificationAwards_StaffMemberId_CertificationId_CompletedOn",
                table: "CertificationAwards",
                columns: new[] { "StaffMemberId", "CertificationId", "CompletedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CertificationCourses_CourseId",
                table: "CertificationCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificationNotices_AwardId_Kind",
                table: "CertificationNotices",
                columns: new[] { "AwardId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certifications_Name",
                table: "Certifications",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleCertifications_CertificationId",
                table: "RoleCertifications",
                column: "CertificationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificationCourses");

            migrationBuilder.DropTable(
                name: "CertificationNotices");

            migrationBuilder.DropTable(
                name: "RoleCertifications");

            migrationBuilder.DropTable(
                name: "CertificationAwards");

            migrationBuilder.DropTable(
                name: "Certifications");
        }
    }
}
