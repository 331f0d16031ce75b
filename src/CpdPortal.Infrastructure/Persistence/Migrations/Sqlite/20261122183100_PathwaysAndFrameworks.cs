using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PathwaysAndFrameworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SupersededOn",
                table: "CompetenceFrameworks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Key",
                table: "CompetenceAreas",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "RoleCourses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleCourses_PathwayRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "PathwayRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceFrameworks_Code_SupersededOn",
                table: "CompetenceFrameworks",
                columns: new[] { "Code", "SupersededOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceAreas_Key",
                table: "CompetenceAreas",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCourses_CourseId",
                table: "RoleCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleCourses_RoleId_CourseId",
                table: "RoleCourses",
                columns: new[] { "RoleId", "CourseId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoleCourses");

            migrationBuilder.DropIndex(
                name: "IX_CompetenceFrameworks_Code_SupersededOn",
                table: "CompetenceFrameworks");

            migrationBuilder.DropIndex(
                name: "IX_CompetenceAreas_Key",
                table: "CompetenceAreas");

            migrationBuilder.DropColumn(
                name: "SupersededOn",
                table: "CompetenceFrameworks");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "CompetenceAreas");
        }
    }
}
