using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written guards the model cannot express (docs/adr/0015): the audit log refuses UPDATE and DELETE, and
    /// survey rounds may not take answers on the same day (one open round at a time).
    /// </summary>
    public partial class DatabaseGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only (docs/adr/0008, 0015): INSTEAD OF UPDATE, DELETE refuses both.
            migrationBuilder.Sql("""
                CREATE TRIGGER [TR_AuditEntries_AppendOnly] ON [AuditEntries] INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 51000, 'audit_append_only: audit entries cannot be changed or removed', 1;
                END;
                """);

            // One open survey round at a time: the days rounds take answers, [OpenedOn, ClosedEarlyOn) when closed
            // early or [OpenedOn, ClosingDate] otherwise, never overlap (docs/adr/0015).
            migrationBuilder.Sql("""
                CREATE TRIGGER [TR_SurveyRounds_NoOverlap] ON [SurveyRounds] AFTER INSERT, UPDATE
                AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (
                        SELECT 1 FROM inserted AS n
                        JOIN [SurveyRounds] AS r ON r.[Id] <> n.[Id]
                        WHERE n.[OpenedOn] < COALESCE(n.[ClosedEarlyOn], DATEADD(day, 1, n.[ClosingDate]))
                          AND r.[OpenedOn] < COALESCE(r.[ClosedEarlyOn], DATEADD(day, 1, r.[ClosingDate]))
                          AND r.[OpenedOn] < COALESCE(n.[ClosedEarlyOn], DATEADD(day, 1, n.[ClosingDate]))
                          AND n.[OpenedOn] < COALESCE(r.[ClosedEarlyOn], DATEADD(day, 1, r.[ClosingDate])))
                        THROW 51001, 'survey_rounds_overlap: survey rounds cannot take answers on the same day', 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [TR_SurveyRounds_NoOverlap];");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [TR_AuditEntries_AppendOnly];");
        }
    }
}
