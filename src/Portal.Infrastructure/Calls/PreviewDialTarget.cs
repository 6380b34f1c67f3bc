namespace Portal.Infrastructure.Calls;

/// <summary>Which number of a previewed lead to dial (VICIdial's DIALONLY, ALTDIAL, ADR3DIAL).</summary>
public enum PreviewDialTarget
{
    Main,
    AltPhone,
    Address3,
}
