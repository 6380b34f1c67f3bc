namespace Portal.Infrastructure.Admin.Leads;

/// <summary>
/// Where an imported phone number counts as a duplicate (VICIdial's DUPLIST / DUPCAMP / DUPSYS). A duplicate row is
/// skipped and reported; rows earlier in the same file count too.
/// </summary>
public enum DuplicateCheck
{
    /// <summary>Import every valid row, even a number already there.</summary>
    None,

    /// <summary>A number already in the list chosen for the import.</summary>
    List,

    /// <summary>A number already in any list of the list's campaign.</summary>
    Campaign,

    /// <summary>A number already in any list.</summary>
    System,
}
