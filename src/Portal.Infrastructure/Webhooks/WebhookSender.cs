namespace Portal.Infrastructure.Webhooks;

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

/// <summary>Makes one signed POST of a delivery's payload and reports how it went; never throws for the receiver's faults.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttempt> SendAsync(WebhookDelivery delivery, string url, string secret, CancellationToken cancellationToken)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookHeaders.Event, delivery.EventType);
        request.Headers.Add(WebhookHeaders.Delivery, delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp);
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(secret, timestamp, delivery.Payload));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return WebhookAttempt.Answered((int)response.StatusCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookAttempt.Failed($"No answer within {options.Value.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
        catch (HttpRequestException ex)
        {
            return WebhookAttempt.Failed(Describe(ex));
        }
    }

    private static string Describe(HttpRequestException ex)
    {
        var message = ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
        return message.Length <= 500 ? message : message[..500];
    }
}
