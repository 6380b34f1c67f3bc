using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgentApiSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PreviewLeadId",
                table: "LiveSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InboundLeadSwitch",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PreviewDial",
                table: "Campaigns",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "AgentCallManual",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChangeAgentCampaign",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "CustomFour",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ModifyCampaigns",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ModifyLeads",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AgentNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Recipient = table.Column<string>(type: "TEXT", nullable: false),
                    RecipientType = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TextSize = table.Column<int>(type: "INTEGER", nullable: false),
                    TextFont = table.Column<string>(type: "TEXT", nullable: false),
                    TextWeight = table.Column<string>(type: "TEXT", nullable: false),
                    TextColor = table.Column<string>(type: "TEXT", nullable: false),
                    Confetti = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfettiSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfettiParticles = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfettiSpeed = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LeadMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    User = table.Column<string>(type: "TEXT", nullable: false),
                    Audio = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgentNotifications_Status_DueAt",
                table: "AgentNotifications",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadMessages_LeadId_At",
                table: "LeadMessages",
                columns: new[] { "LeadId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentNotifications");

            migrationBuilder.DropTable(
                name: "LeadMessages");

            migrationBuilder.DropColumn(
                name: "PreviewLeadId",
                table: "LiveSessions");

            migrationBuilder.DropColumn(
                name: "InboundLeadSwitch",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "PreviewDial",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "AgentCallManual",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ChangeAgentCampaign",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CustomFour",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ModifyCampaigns",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ModifyLeads",
                table: "AspNetUsers");
        }
    }
}
