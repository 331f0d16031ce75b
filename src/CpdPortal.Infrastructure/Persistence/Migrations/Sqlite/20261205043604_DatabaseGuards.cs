using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.Sqlite
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
            // The audit log is append-only (docs/adr/0008, 0015): no UPDATE or DELETE, whoever asks.
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'audit_append_only: audit entries cannot be changed');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN
                    SELECT RAISE(ABORT, 'audit_append_only: audit entries cannot be removed');
                END;
                """);

            // One open survey round at a time: the days rounds take answers, [OpenedOn, ClosedEarlyOn) when closed
            // early or [OpenedOn, ClosingDate] otherwise, never overlap (docs/adr/0015). Dates are ISO text here.
            migrationBuilder.Sql("""
                CREATE TRIGGER "SurveyRounds_NoOverlap_Insert" BEFORE INSERT ON "SurveyRounds"
                WHEN EXISTS (
                    SELECT 1 FROM "SurveyRounds" AS r
                    WHERE NEW."OpenedOn" < COALESCE(NEW."ClosedEarlyOn", date(NEW."ClosingDate", '+1 day'))
                  AND r."OpenedOn" < COALESCE(r."ClosedEarlyOn", date(r."ClosingDate", '+1 day'))
                  AND r."OpenedOn" < COALESCE(NEW."ClosedEarlyOn", date(NEW."ClosingDate", '+1 day'))
                  AND NEW."OpenedOn" < COALESCE(r."ClosedEarlyOn", date(r."ClosingDate", '+1 day')))
                BEGIN
                    SELECT RAISE(ABORT, 'survey_rounds_overlap: survey rounds cannot take answers on the same day');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SurveyRounds_NoOverlap_Update" BEFORE UPDATE OF "OpenedOn", "ClosingDate", "ClosedEarlyOn" ON "SurveyRounds"
                WHEN EXISTS (
                    SELECT 1 FROM "SurveyRounds" AS r
                    WHERE r."Id" <> NEW."Id"
                      AND NEW."OpenedOn" < COALESCE(NEW."ClosedEarlyOn", date(NEW."ClosingDate", '+1 day'))
                  AND r."OpenedOn" < COALESCE(r."ClosedEarlyOn", date(r."ClosingDate", '+1 day'))
                  AND r."OpenedOn" < COALESCE(NEW."ClosedEarlyOn", date(NEW."ClosingDate", '+1 day'))
                  AND NEW."OpenedOn" < COALESCE(r."ClosedEarlyOn", date(r."ClosingDate", '+1 day')))
                BEGIN
                    SELECT RAISE(ABORT, 'survey_rounds_overlap: survey rounds cannot take answers on the same day');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SurveyRounds_NoOverlap_Update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"SurveyRounds_NoOverlap_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_NoDelete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_NoUpdate\";");
        }
    }
}
