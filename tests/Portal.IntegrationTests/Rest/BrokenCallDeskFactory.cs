namespace Portal.IntegrationTests.Rest;

using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Calls;

/// <summary>A portal whose call desk fails with an unexpected exception on every call, as a bug or a lost database would.</summary>
public sealed class BrokenCallDeskFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(DispatchProxy.Create<ICallDesk, FailingProxy>()));
    }

    /// <summary>Every method throws.</summary>
    public class FailingProxy : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"The call desk is broken ({targetMethod?.Name}).");
    }
}
