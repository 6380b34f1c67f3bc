namespace Portal.EndToEndTests;

/// <summary>A test that needs a real Asterisk: skipped, saying how to run it, when PORTAL_ASTERISK_PREFIX is not set.</summary>
public sealed class AsteriskFactAttribute : FactAttribute
{
    public AsteriskFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AsteriskUnderTest.PrefixVariable)))
        {
            Skip = $"No Asterisk: set {AsteriskUnderTest.PrefixVariable} to an Asterisk install prefix (a build of github.com/asterisk/asterisk, with sbin/asterisk) to run the journey on real channels.";
        }
    }
}
