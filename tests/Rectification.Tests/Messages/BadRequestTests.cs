using System.Net;
using System.Text;
using System.Text.Json;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Messages;

/// <summary>What /api/messages does with bodies that are not activities: a clear 4xx, never a 500.</summary>
public sealed class BadRequestTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly HttpClient _http = fixture.Client.Http;

    [Theory]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("[1,2,3]", "not a valid activity")]
    [InlineData("\"just a string\"", "not a valid activity")]
    [InlineData("{\"type\": 5}", "type")]
    [InlineData("{\"type\": \"message\", \"from\": \"someone\"}", "from")]
    [InlineData("{\"type\": \"message\", \"attachments\": {}}", "attachments")]
    [InlineData("{\"text\": \"hello\"}", "no 'type'")]
    [InlineData("{\"type\": \"\"}", "no 'type'")]
    [InlineData("null", "null")]
    [InlineData("", "empty")]
    public async Task AMalformedBodyGets400WithAProblemThatSaysWhy(string body, string explanation)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(explanation, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AHugeBodyGets413WithAProblem()
    {
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        using var response = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AHugeBodyWithoutContentLengthGets413Too()
    {
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AMessageWithoutTextOrValueIsAnsweredNotCrashedOn()
    {
        using var response = await PostAsync("{\"type\":\"message\",\"deliveryMode\":\"expectReplies\",\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"},\"recipient\":{\"id\":\"b\"},\"conversation\":{\"id\":\"c\"}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAcknowledged()
    {
        using var response = await PostAsync("{\"type\":\"somethingNew\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethodsGet405(string method)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
}
