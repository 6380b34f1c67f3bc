namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>
/// How the domain's values (commands, events, snapshots) and the call center's results travel in grain calls. The
/// domain project has no package references, so no Orleans attributes: between nodes they go as JSON; within a node
/// they are passed as they are, since they are records nobody changes afterwards and a copy would only cost time.
/// </summary>
public static class DomainValues
{
    /// <summary>The call center's own values that the leader's services take or give back (<see cref="LeaderWork"/>).</summary>
    private static readonly HashSet<Type> CallCenterValues =
    [
        typeof(DeskResult), typeof(ManualDialRequest), typeof(RecordingEntry), typeof(TrackedCall), typeof(QueueDeparture),
        typeof(OriginateRequest), typeof(RecordingInfo), typeof(QueuedNotification),
    ];

    public static bool IsDomainType(Type type) =>
        (type.Assembly == typeof(AgentSession).Assembly && type.IsClass && !type.IsAbstract) || CallCenterValues.Contains(type);

    public static ISerializerBuilder AddDomainValues(this ISerializerBuilder serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        serializer.AddJsonSerializer(isSerializable: IsDomainType, isCopyable: null);
        serializer.Services.AddSingleton<IGeneralizedCopier, PassedAsTheyAre>();
        return serializer;
    }

    private sealed class PassedAsTheyAre : IGeneralizedCopier, IOptionalDeepCopier
    {
        public bool IsSupportedType(Type type) => IsDomainType(type);

        public bool IsShallowCopyable() => true;

        public object? DeepCopy(object? input, CopyContext context) => input;
    }
}
