namespace Portal.EndToEndTests;

/// <summary>The screens agents use: a 1366×768 laptop and a 1024×768 tablet.</summary>
public static class DeskSizes
{
    public static readonly (int Width, int Height)[] All = [(1366, 768), (1024, 768)];
}
