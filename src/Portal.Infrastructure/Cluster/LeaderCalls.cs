namespace Portal.Infrastructure.Cluster;

using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;

/// <summary>
/// A reference to the leader's grain, as one of the call center's service interfaces, whose calls wait out the leader's
/// node dying (<see cref="NodeLoss"/>): a desk that opens, or an API call that arrives, while the cluster moves the
/// leader is answered by the new one instead of failing at once.
/// </summary>
public class LeaderCalls : DispatchProxy
{
    private static readonly MethodInfo SendWithResult = typeof(LeaderCalls).GetMethod(nameof(SendAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly ConcurrentDictionary<Type, MethodInfo> SendsByResult = new();

    private object _grain = default!;
    private ILogger _logger = default!;

    public static TService For<TService>(TService grain, ILogger logger)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(grain);
        var proxy = Create<TService, LeaderCalls>();
        var calls = (LeaderCalls)(object)proxy;
        calls._grain = grain;
        calls._logger = logger;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var returns = targetMethod.ReturnType;
        if (returns == typeof(Task))
        {
            return NodeLoss.SendAsync(() => (Task)Call(targetMethod, args)!, _logger, "Leader call", targetMethod.Name);
        }

        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var send = SendsByResult.GetOrAdd(returns, static t => SendWithResult.MakeGenericMethod(t.GetGenericArguments()[0]));
            return send.Invoke(null, [this, targetMethod, args]);
        }

        return Call(targetMethod, args);
    }

    private static Task<T> SendAsync<T>(LeaderCalls calls, MethodInfo method, object?[]? args) =>
        NodeLoss.SendAsync(() => (Task<T>)calls.Call(method, args)!, calls._logger, "Leader call", method.Name);

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_grain, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
