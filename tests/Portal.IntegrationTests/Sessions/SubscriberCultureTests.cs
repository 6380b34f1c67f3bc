namespace Portal.IntegrationTests.Sessions;

using System.Globalization;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>A screen hears of a change in its user's language, whoever made the change.</summary>
public sealed class SubscriberCultureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_change_made_by_an_english_api_call_reaches_a_spanish_screen_in_spanish()
    {
        await factory.LogInAsync("1004");
        var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDisposable subscription;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            subscription = factory.Get<SessionEventBus>().SubscribeAgent("1004", _ => heard.TrySetResult(CultureInfo.CurrentUICulture.Name));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        using (subscription)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            await factory.SendAsync("1004", new GoReady());

            Assert.Equal("es", await heard.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }
}
