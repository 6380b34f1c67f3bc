namespace Portal.Infrastructure.Supervision;

public enum ScopeRefusalKind
{
    UserGroup,
    Campaign,
}
