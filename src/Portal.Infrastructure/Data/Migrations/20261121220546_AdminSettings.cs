using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdminSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CallbackUserOnlyDefault",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "ScheduledCallbacks",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "CampaignHotkeys",
                columns: table => new
                {
                    CampaignId = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    StatusCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignHotkeys", x => new { x.CampaignId, x.Key });
                    table.ForeignKey(
                        name: "FK_CampaignHotkeys_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignHotkeys");

            migrationBuilder.DropColumn(
                name: "CallbackUserOnlyDefault",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "ScheduledCallbacks",
                table: "Campaigns");
        }
    }
}
