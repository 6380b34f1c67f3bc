namespace Portal.Web.Tests.Admin;

using System.ComponentModel.DataAnnotations;
using Portal.Web.Components.Admin.Dnc;

/// <summary>The DNC form takes numbers as people type them, like the CSV import, and refuses what has no number in it.</summary>
public sealed class DncInputTests
{
    [Theory]
    [InlineData("3125550101", true)]
    [InlineData("(312) 555-0101", true)]
    [InlineData("312.555.0101", true)]
    [InlineData("12", false)]
    [InlineData("312-555-01O1", false)]
    [InlineData("1234567890123456789", false)]
    public void Formatted_numbers_are_accepted_and_letters_refused(string typed, bool valid)
    {
        var input = new DncInput { PhoneNumber = typed };

        Assert.Equal(valid, Validator.TryValidateObject(input, new ValidationContext(input), [], validateAllProperties: true));
    }
}
