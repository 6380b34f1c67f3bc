namespace Portal.Web.Api.Rest.Agents.Requests;

using System.Text.Json.Serialization;

/// <summary>The Transfer – Conf panel's commands (VICIdial's transfer_conference values).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransferAction>))]
public enum TransferAction
{
    /// <summary>The customer goes to phoneNumber; the agent moves on to the disposition (BLIND_TRANSFER).</summary>
    Blind,

    /// <summary>The customer joins an in-group's queue (inGroup) or goes straight to a logged-in agent (agent) (LOCAL_CLOSER).</summary>
    LocalCloser,

    /// <summary>Dial phoneNumber into a 3-way call with the customer (DIAL_WITH_CUSTOMER).</summary>
    ThreeWay,

    /// <summary>Dial phoneNumber with the customer on hold, to talk first (consultative).</summary>
    Consultative,

    /// <summary>Park the customer, then dial phoneNumber (PARK_CUSTOMER_DIAL).</summary>
    ParkAndDial,

    /// <summary>Bring the consulted third party and the customer together.</summary>
    Join,

    /// <summary>The agent leaves; the customer and the third party stay connected (LEAVE_3WAY_CALL).</summary>
    LeaveThreeWay,

    /// <summary>Hang up the transfer line (HANGUP_XFER).</summary>
    HangUpTransferLine,

    /// <summary>Hang up the customer and the transfer line (HANGUP_BOTH).</summary>
    HangUpBothLines,

    /// <summary>Play the voicemail message and move on (LEAVE_VM).</summary>
    LeaveVoicemail,
}
