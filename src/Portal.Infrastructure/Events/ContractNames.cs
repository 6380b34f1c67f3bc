namespace Portal.Infrastructure.Events;

using System.Text;

/// <summary>Enum values as the contract spells them: upper case with underscores (AgentHangup → AGENT_HANGUP).</summary>
internal static class ContractNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
