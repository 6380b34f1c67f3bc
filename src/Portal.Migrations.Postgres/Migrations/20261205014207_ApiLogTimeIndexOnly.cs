using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ApiLogTimeIndexOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApiLog_AgentUser_ApiDate",
                table: "ApiLog");

            migrationBuilder.DropIndex(
                name: "IX_ApiLog_User_ApiDate",
                table: "ApiLog");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ApiLog_AgentUser_ApiDate",
                table: "ApiLog",
                columns: new[] { "AgentUser", "ApiDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiLog_User_ApiDate",
                table: "ApiLog",
                columns: new[] { "User", "ApiDate" });
        }
    }
}
