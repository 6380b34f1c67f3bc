using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DefaultListId",
                table: "InGroups",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AltPhoneDialAllowed",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "DialLevel",
                table: "Campaigns",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "CallLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<string>(type: "TEXT", nullable: false),
                    AgentUser = table.Column<string>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<string>(type: "TEXT", nullable: false),
                    LeadId = table.Column<long>(type: "INTEGER", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", nullable: false),
                    InGroupId = table.Column<string>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TalkSeconds = table.Column<double>(type: "REAL", nullable: false),
                    EndReason = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DncNumbers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<string>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DncNumbers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Recordings",
                columns: table => new
                {
                    RecordingId = table.Column<string>(type: "TEXT", nullable: false),
                    CallId = table.Column<string>(type: "TEXT", nullable: false),
                    AgentUser = table.Column<string>(type: "TEXT", nullable: false),
                    LeadId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recordings", x => x.RecordingId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallLog_AgentUser_StartedAt",
                table: "CallLog",
                columns: new[] { "AgentUser", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CallLog_CallId",
                table: "CallLog",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_CallLog_LeadId",
                table: "CallLog",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_DncNumbers_PhoneNumber_CampaignId",
                table: "DncNumbers",
                columns: new[] { "PhoneNumber", "CampaignId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recordings_CallId",
                table: "Recordings",
                column: "CallId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallLog");

            migrationBuilder.DropTable(
                name: "DncNumbers");

            migrationBuilder.DropTable(
                name: "Recordings");

            migrationBuilder.DropColumn(
                name: "DefaultListId",
                table: "InGroups");

            migrationBuilder.DropColumn(
                name: "AltPhoneDialAllowed",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "DialLevel",
                table: "Campaigns");
        }
    }
}
