namespace Portal.Web.Tests.Admin;

using System.Reflection;
using Portal.Domain.Users;
using Portal.Web.Api.Rest;

/// <summary>Every function an API checks can be granted on its own in the user form, not only through ALL_FUNCTIONS.</summary>
public sealed class GrantableFunctionsTests
{
    [Fact]
    public void Every_rest_endpoint_function_is_grantable_one_by_one()
    {
        var restFunctions = typeof(RestFunctions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(f => f != RestFunctions.Unknown).Distinct();

        Assert.All(restFunctions, f => Assert.Contains(f, AgentApiFunctions.Grantable));
    }
}
