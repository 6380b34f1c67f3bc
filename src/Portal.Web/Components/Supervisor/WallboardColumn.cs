namespace Portal.Web.Components.Supervisor;

/// <summary>The wallboard table's sortable columns.</summary>
public enum WallboardColumn
{
    User,
    FullName,
    UserGroup,
    Campaign,
    State,
    TimeInState,
    Customer,
    Lead,
    InGroups,
    CallsToday,
}
