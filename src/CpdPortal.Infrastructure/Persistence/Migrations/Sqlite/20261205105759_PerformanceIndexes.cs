using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisorLines_SupervisorId",
                table: "SupervisorLines");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_FamilyName_GivenName",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_SupervisorId",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisorLines_SupervisorId_To",
                table: "SupervisorLines",
                columns: new[] { "SupervisorId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_FamilyName_GivenName_Id",
                table: "StaffMembers",
                columns: new[] { "FamilyName", "GivenName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_SupervisorId_LeaveDate",
                table: "StaffMembers",
                columns: new[] { "SupervisorId", "LeaveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt_Id",
                table: "AuditEntries",
                columns: new[] { "OccurredAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupervisorLines_SupervisorId_To",
                table: "SupervisorLines");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_FamilyName_GivenName_Id",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_SupervisorId_LeaveDate",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_OccurredAt_Id",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisorLines_SupervisorId",
                table: "SupervisorLines",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_FamilyName_GivenName",
                table: "StaffMembers",
                columns: new[] { "FamilyName", "GivenName" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_SupervisorId",
                table: "StaffMembers",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAt",
                table: "AuditEntries",
                column: "OccurredAt");
        }
    }
}
