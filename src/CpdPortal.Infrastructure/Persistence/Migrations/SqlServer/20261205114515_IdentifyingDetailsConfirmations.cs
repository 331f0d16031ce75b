using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IdentifyingDetailsConfirmations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CaseIdentifierPatterns",
                table: "PortalSettings",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KnownPhrases",
                table: "PortalSettings",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchoolNames",
                table: "PortalSettings",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdentifyingDetailsConfirmations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StaffMemberId = table.Column<int>(type: "int", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecordId = table.Column<int>(type: "int", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kinds = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    FindingCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentifyingDetailsConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentifyingDetailsConfirmations_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentifyingDetailsConfirmations_RecordType_RecordId",
                table: "IdentifyingDetailsConfirmations",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentifyingDetailsConfirmations_StaffMemberId_ConfirmedAt",
                table: "IdentifyingDetailsConfirmations",
                columns: new[] { "StaffMemberId", "ConfirmedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentifyingDetailsConfirmations");

            migrationBuilder.DropColumn(
                name: "CaseIdentifierPatterns",
                table: "PortalSettings");

            migrationBuilder.DropColumn(
                name: "KnownPhrases",
                table: "PortalSettings");

            migrationBuilder.DropColumn(
                name: "SchoolNames",
                table: "PortalSettings");
        }
    }
}
