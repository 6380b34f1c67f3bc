namespace Portal.Web.Api.ContactNow;

/// <summary>The contract's <c>format</c> argument: json (the default) or xml.</summary>
internal enum ContactNowFormat
{
    Json,
    Xml,
}
