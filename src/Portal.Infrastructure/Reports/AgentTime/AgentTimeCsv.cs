namespace Portal.Infrastructure.Reports.AgentTime;

/// <summary>The agent time report as CSV: times in whole seconds, a column per pause code and per disposition.</summary>
internal static class AgentTimeCsv
{
    public static async Task WriteAsync(CsvWriter csv, AgentTimeSheet sheet, CancellationToken cancellationToken)
    {
        await csv.WriteRowAsync(
            ["day", "agent_user", "full_name", "login_sec", "ready_sec", "talk_sec", "paused_sec",
             .. sheet.PauseCodes.Select(c => "paused_" + c + "_sec"), "dispo_sec", "calls", .. sheet.Statuses.Select(s => "calls_" + s)],
            cancellationToken);
        var day = sheet.Filter.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var agent in sheet.Agents)
        {
            await csv.WriteRowAsync(
                [day, agent.AgentUser, agent.FullName, Seconds(agent.LoginSeconds), Seconds(agent.ReadySeconds), Seconds(agent.TalkSeconds),
                 Seconds(agent.PausedSeconds), .. sheet.PauseCodes.Select(c => Seconds(agent.PausedByCode.GetValueOrDefault(c))),
                 Seconds(agent.DispoSeconds), CsvWriter.Number(agent.Calls), .. sheet.Statuses.Select(s => CsvWriter.Number(agent.CallsByStatus.GetValueOrDefault(s)))],
                cancellationToken);
        }
    }

    private static string Seconds(double seconds) => CsvWriter.Number((long)Math.Round(seconds));
}
