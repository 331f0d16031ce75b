using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdPortal.Infrastructure.Persistence.Migrations.PostgreSql
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
            // The audit log is append-only (docs/adr/0008, 0015): no UPDATE, DELETE or TRUNCATE, whoever asks.
            migrationBuilder.Sql("""
                CREATE FUNCTION "AuditEntries_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_append_only: audit entries cannot be changed or removed (%)', TG_OP
                        USING ERRCODE = 'integrity_constraint_violation';
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdateOrDelete" BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION "AuditEntries_AppendOnly"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_AppendOnly"();
                """);

            // One open survey round at a time: the days rounds take answers, [OpenedOn, ClosedEarlyOn) when closed
            // early or [OpenedOn, ClosingDate] otherwise, never overlap (docs/adr/0015). Races give SQLSTATE 23P01.
            migrationBuilder.Sql("""
                ALTER TABLE "SurveyRounds" ADD CONSTRAINT "EX_SurveyRounds_NoOverlap"
                    EXCLUDE USING gist (daterange("OpenedOn", COALESCE("ClosedEarlyOn", "ClosingDate" + 1), '[)') WITH &&);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"SurveyRounds\" DROP CONSTRAINT IF EXISTS \"EX_SurveyRounds_NoOverlap\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_NoTruncate\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditEntries_NoUpdateOrDelete\" ON \"AuditEntries\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS \"AuditEntries_AppendOnly\"();");
        }
    }
}
