namespace Portal.Infrastructure;

using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.AgentApi.Notifications;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Telephony;
using Portal.Infrastructure.Telephony.Asterisk;
using Portal.Infrastructure.Telephony.Asterisk.Ari;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Events;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Integrations.ContactNow;
using Portal.Infrastructure.Seeding;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Sessions.Presence;
using Portal.Infrastructure.Supervision;

public static class DependencyInjection
{
    public const string DefaultConnectionString = "Data Source=data/portal.db";

    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);

        var provider = PortalDatabase.ProviderOf(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString("Portal");
        if (provider == PortalDatabase.Sqlite)
        {
            connectionString = ResolveConnectionString(connectionString ?? DefaultConnectionString, builder.Environment.ContentRootPath);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{PortalDatabase.ProviderSetting} is {provider}: set ConnectionStrings:Portal to its connection string (Host=…;Port=…;Database=…;Username=…;Password=…).");
        }

        builder.Services.AddDbContextFactory<PortalDbContext>(options => options.UsePortalDatabase(provider, connectionString));

        builder.Services.AddIdentityCore<PortalUser>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Hosted services start in this order: the database first, then everything that reads it.
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddScoped<DemoDataSeeder>();
        builder.Services.AddScoped<FirstAdminBootstrap>();
        builder.Services.AddSingleton<UserPreferences>();

        builder.Services.AddSingleton<SessionEventBus>();
        builder.Services.Configure<SqliteCheckpointOptions>(builder.Configuration.GetSection(SqliteCheckpointOptions.Section));
        builder.Services.AddSingleton<WriterTurns>();
        builder.Services.AddSingleton<SharedWriter>();
        builder.Services.AddSingleton<GroupCommit>();
        if (provider == PortalDatabase.Sqlite)
        {
            // SQLite's WAL is checkpointed off the write path; PostgreSQL checkpoints by itself.
            builder.Services.AddSingleton<SqliteCheckpointer>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointer>());
        }
        builder.Services.AddSingleton<SessionStore>();
        builder.Services.AddSingleton<LiveSessionReplica>();
        builder.Services.AddSingleton<SessionChangeFeed>();
        // The silo starts after the database is ready and before anything that sends a session a command.
        builder.AddSessionSilo();
        builder.Services.AddSingleton<SessionRuntime>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SessionRuntime>());
        builder.Services.AddSingleton<DeskPresence>();
        builder.Services.AddSingleton<LaggedAgents>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LaggedAgents>());

        builder.Services.AddSingleton<ApiAuditLog>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ApiAuditLog>());
        builder.Services.AddSingleton<AuditRetention>();
        builder.Services.AddSingleton<Identity.SignInThrottle>();
        builder.Services.AddOncePerCluster<AuditRetention>();
        builder.Services.AddSingleton<ApiAuthenticator>();
        builder.Services.AddSingleton<AltUserDirectory>();
        builder.Services.AddSingleton<NotificationRecipientDirectory>();
        builder.Services.AddSingleton<AgentDesk>();
        builder.Services.AddSingleton<AgentApiUsers>();
        builder.Services.AddSingleton<AgentApiCampaigns>();
        builder.Services.AddSingleton<ApiDncLists>();
        builder.AddCallCenter();
        builder.Services.AddAgentApiCallServices();
        builder.Services.AddSingleton<LiveSessionBoard>();
        builder.Services.AddSingleton<AgentDirectory>();
        builder.Services.AddSingleton<ScopeGrants>();
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<ScopeGrants>());
        builder.Services.AddSingleton<ApiKeyRegistry>();
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<ApiAuthenticator>());
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<AgentDirectory>());
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<ApiKeyRegistry>());
        builder.Services.AddHostedService<Telemetry.PortalGauges>();
        builder.Services.AddSingleton<ClusterCaches>();
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<ClusterCaches>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterCaches>());
        builder.Services.AddSingleton<SignInCheck>();
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<SignInCheck>());
        builder.AddContactNowServices();
        builder.Services.AddSupervision();
        builder.Services.AddReports();
        builder.Services.AddAdminServices();
        builder.AddIntegrationEvents();
        builder.Services.AddRestApiServices();
        return builder;
    }

    /// <summary>Telephony (the simulated PBX by default), routing, auto-dialling and the agent's call actions.</summary>
    private static void AddCallCenter(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.Section));
        services.Configure<CallCenterOptions>(builder.Configuration.GetSection(CallCenterOptions.Section));
        services.AddSingleton<InboundCallerSource>();
        builder.AddTelephony();
        services.AddOnLeader<ITelephonyCommands, ITelephony, ITelephonyOnLeader>();
        services.AddSingleton(sp => new TelephonyFeatures(sp.GetRequiredService<ITelephony>().SupportsHoldAndMute));
        services.AddSingleton<CallIds>();
        services.AddSingleton<CallRegistry>();
        services.AddSingleton<LeadDirectory>();
        services.AddSingleton<ILeadSearch, LeadSearch>();
        services.AddSingleton<ICallLogBook, CallLogBook>();
        services.AddSingleton<DncList>();
        services.AddSingleton<CallRouter>();
        services.AddOncePerCluster<CallRouter>();
        services.AddOncePerCluster<CallCenter>();
        services.AddOncePerCluster<AutoDialer>();
        services.AddSingleton<CallDesk>();
        services.AddOnLeader<ICallDesk, CallDesk, ICallDeskOnLeader>();
        services.AddSingleton<CallControls>();
        services.AddOnLeader<ICallControls, CallControls, ICallControlsOnLeader>();
        services.AddOncePerCluster<AutoRecorder>();
        services.AddSingleton<CallTimerActions>();
        services.AddOncePerCluster<CallTimerActions>();
        services.AddOnLeader<IAgentTimers, CallTimerActions, IAgentTimersOnLeader>();
        services.AddSingleton<DeskNotificationBoard>();
        services.AddHostedService(sp => sp.GetRequiredService<DeskNotificationBoard>());
        services.AddSingleton<NotificationDispatcher>();
        services.AddOncePerCluster<NotificationDispatcher>();
        services.AddOnLeader<INotificationQueue, NotificationDispatcher, INotificationQueueOnLeader>();
        services.AddSingleton<ICallbackBook, CallbackBook>();
        services.AddSingleton<CallbackAlarm>();
        services.AddOncePerCluster<CallbackAlarm>();
    }

    /// <summary>
    /// The PBX (<c>Telephony:Provider</c>): the simulator (default) or Asterisk through ARI; either runs once per cluster.
    /// </summary>
    private static void AddTelephony(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var provider = builder.Configuration[$"{TelephonyOptions.Section}:{nameof(TelephonyOptions.Provider)}"] ?? TelephonyOptions.Simulator;
        if (provider.Equals(TelephonyOptions.Asterisk, StringComparison.OrdinalIgnoreCase))
        {
            services.Configure<AsteriskOptions>(builder.Configuration.GetSection(AsteriskOptions.Section));
            services.TryAddSingleton<IAriTransport>(sp => new AriHttpTransport(sp.GetRequiredService<IOptions<AsteriskOptions>>().Value));
            services.AddSingleton<AsteriskTelephony>();
            services.AddSingleton<ITelephony>(sp => sp.GetRequiredService<AsteriskTelephony>());
            services.AddOncePerCluster<AsteriskTelephony>();
        }
        else if (provider.Equals(TelephonyOptions.Simulator, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<SimulatedPbx>();
            services.AddSingleton<ITelephony>(sp => sp.GetRequiredService<SimulatedPbx>());
            services.AddOncePerCluster<SimulatedPbx>();
        }
        else
        {
            throw new InvalidOperationException($"Telephony:Provider is '{provider}'; use '{TelephonyOptions.Simulator}' or '{TelephonyOptions.Asterisk}'.");
        }

        services.AddOncePerCluster<AgentPhoneRelease>();
        services.AddOncePerCluster<TelephonyNotices>();
    }

    /// <summary>A relative SQLite file is placed under the content root, and its folder is created on first run.</summary>
    internal static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }

        return csb.ToString();
    }
}
