namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class DtmfPadTests : PortalTestContext
{
    private readonly FakeCallControls _controls = new();
    private readonly List<string> _errors = [];

    public DtmfPadTests() => Services.AddSingleton<ICallControls>(_controls);

    [Fact]
    public void Twelve_keys_are_labelled_for_screen_readers()
    {
        var cut = RenderPad();

        var labels = cut.FindAll(".dtmf-keys button").Select(b => b.GetAttribute("aria-label"));
        Assert.Equal(["DTMF 1", "DTMF 2", "DTMF 3", "DTMF 4", "DTMF 5", "DTMF 6", "DTMF 7", "DTMF 8", "DTMF 9", "DTMF *", "DTMF 0", "DTMF #"], labels);
    }

    [Fact]
    public void Clicking_a_key_sends_its_digit()
    {
        var cut = RenderPad();

        Key(cut, "#").Click();

        Assert.Equal(["SendDtmfAsync(agent1, #)"], _controls.Calls);
    }

    [Fact]
    public void Sent_digits_are_echoed_in_order()
    {
        var cut = RenderPad();

        Key(cut, "1").Click();
        Key(cut, "2").Click();

        Assert.Equal("Sent: 12", cut.Find(".dtmf-pad [aria-live='polite']").TextContent);
    }

    [Fact]
    public void Nothing_is_echoed_before_a_key_is_sent()
    {
        var cut = RenderPad();

        Assert.Empty(cut.FindAll(".dtmf-pad [aria-live='polite']"));
    }

    [Fact]
    public void Echo_keeps_the_last_twenty_digits()
    {
        var cut = RenderPad();

        foreach (var key in "123456789*0#123456789")
        {
            Key(cut, key.ToString()).Click();
        }

        Assert.Equal("Sent: 23456789*0#123456789", cut.Find(".dtmf-pad [aria-live='polite']").TextContent);
    }

    [Fact]
    public void Refused_digit_is_reported_and_not_echoed()
    {
        _controls.Result = DeskResult.Fail("You are not on a call.");
        var cut = RenderPad();

        Key(cut, "5").Click();

        Assert.Equal(["You are not on a call."], _errors);
        Assert.Empty(cut.FindAll(".dtmf-pad [aria-live='polite']"));
    }

    private IRenderedComponent<DtmfPad> RenderPad() =>
        Render<DtmfPad>(p => p
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.OnError, (string error) => _errors.Add(error)));

    private static AngleSharp.Dom.IElement Key(IRenderedComponent<DtmfPad> cut, string key) => cut.Find($"button[aria-label='DTMF {key}']");
}
