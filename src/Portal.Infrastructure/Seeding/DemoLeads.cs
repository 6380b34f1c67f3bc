namespace Portal.Infrastructure.Seeding;

using Portal.Domain.Leads;

/// <summary>Realistic, repeatable demo customers (a fixed seed, so every fresh demo database looks the same).</summary>
internal static class DemoLeads
{
    private static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen", "Daniel", "Lisa",
        "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Steven", "Emily", "Paul", "Donna", "Andrew",
        "Michelle", "Joshua", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "Maria", "Luis", "Aisha", "Wei", "Priya",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
        "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
    ];

    private static readonly (string City, string State, string Zip, string AreaCode)[] Places =
    [
        ("Orlando", "FL", "32801", "407"), ("Tampa", "FL", "33602", "813"), ("Atlanta", "GA", "30303", "404"),
        ("Austin", "TX", "78701", "512"), ("Dallas", "TX", "75201", "214"), ("Phoenix", "AZ", "85004", "602"),
        ("Denver", "CO", "80202", "303"), ("Chicago", "IL", "60601", "312"), ("Columbus", "OH", "43215", "614"),
        ("Nashville", "TN", "37203", "615"), ("Charlotte", "NC", "28202", "704"), ("Seattle", "WA", "98101", "206"),
        ("Portland", "OR", "97204", "503"), ("Boise", "ID", "83702", "208"), ("Omaha", "NE", "68102", "402"),
        ("Richmond", "VA", "23219", "804"), ("Albany", "NY", "12207", "518"), ("Madison", "WI", "53703", "608"),
    ];

    private static readonly string[] Streets =
    [
        "Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Blvd", "Lake View Rd",
        "Park Ave", "Sunset Blvd", "Hillcrest Dr", "River Rd",
    ];

    public static IEnumerable<Lead> Generate(long listId, int count, int seed, DateTimeOffset now)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var first = Pick(random, FirstNames);
            var last = Pick(random, LastNames);
            var place = Pick(random, Places);
            var phone = $"{place.AreaCode}{random.Next(200, 999)}{random.Next(0, 10000):D4}";
            yield return Lead.Create(listId, new LeadDetails
            {
                VendorLeadCode = $"V{listId}{i + 1:D5}",
                SourceId = "DEMO",
                PhoneCode = "1",
                PhoneNumber = phone,
                Title = random.Next(2) == 0 ? "Mr" : "Ms",
                FirstName = first,
                MiddleInitial = ((char)('A' + random.Next(26))).ToString(),
                LastName = last,
                Address1 = $"{random.Next(10, 9999)} {Pick(random, Streets)}",
                City = place.City,
                State = place.State,
                PostalCode = place.Zip,
                CountryCode = "USA",
                Gender = random.Next(2) == 0 ? "M" : "F",
                DateOfBirth = new DateOnly(1950 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28)),
                AltPhone = random.Next(3) == 0 ? $"{place.AreaCode}{random.Next(200, 999)}{random.Next(0, 10000):D4}" : null,
                Email = $"{first}.{last}{random.Next(1, 99)}@example.com".ToLowerInvariant(),
                Comments = random.Next(5) == 0 ? "Asked about the premium plan last time." : null,
            }, now);
        }
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
