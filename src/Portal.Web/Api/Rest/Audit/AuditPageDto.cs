namespace Portal.Web.Api.Rest.Audit;

/// <summary>One page of audit entries, newest first.</summary>
/// <param name="Total">How many entries match the filters in all.</param>
public sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, int Total);
