using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Messages;

/// <summary>
/// Input no one should send, on the real /api/messages: each gets a clear answer or a 4xx, never a 500, and nothing
/// half-written. (Malformed JSON, wrong types, missing fields, unknown types and bodies over the limit: <see cref="BadRequestTests"/>.)
/// </summary>
public sealed class BadInputTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task DeeplyNestedJsonGets400NotA500()
    {
        var nested = "{\"type\":\"message\",\"text\":\"14\",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        using var response = await PostAsync(new StringContent(nested, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task InvalidUtf8Gets400NotA500()
    {
        var start = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"");
        var end = Encoding.UTF8.GetBytes("\",\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}");
        using var content = new ByteArrayContent([.. start, 0xC3, 0x28, 0xFF, 0xFE, .. end]);
        content.Headers.ContentType = new("application/json");

        using var response = await PostAsync(content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("第14项\\udfff")]
    [InlineData("\\ud83d")]
    public async Task ALoneSurrogateInTheTextIsAnsweredNotCrashedOn(string escapedText)
    {
        var body = "{\"type\":\"message\",\"deliveryMode\":\"expectReplies\",\"channelId\":\"emulator\",\"locale\":\"zh-CN\",\"from\":{\"id\":\"surrogate\"},\"recipient\":{\"id\":\"b\"},\"conversation\":{\"id\":\"surrogate\"},\"text\":\"" + escapedText + "\"}";

        using var response = await PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("\u202E第14项进展如何\u202C", "第14项")]
    [InlineData("\u200F14\u200E", "第14项")]
    [InlineData("status\u0007 of item\u0000 14", "Item 14")]
    public async Task ControlCharactersAndRightToLeftMarksDoNotHideTheQuestion(string text, string heading)
    {
        var card = BotClient.CardOf(await _bot.AskAsync(text, userId: "controls-" + heading));

        Assert.Contains(heading, card.ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenThousandCharacterMessageGetsTheTooLongAnswer()
    {
        var reply = Assert.Single(await _bot.AskAsync("更新14.3：" + new string('很', 10_000), userId: "long"));

        Assert.Contains("消息太长了", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.DialogCountAsync());
    }

    [Fact]
    public async Task EmojiInAProgressNoteAreStoredAndShownAsWritten()
    {
        var replies = await _bot.AskAsync("update 16.1: 路演办完了🎉👍🏽 100%", "emoji");

        Assert.Contains("16", TextOf(replies), StringComparison.Ordinal);
        Assert.Equal("路演办完了🎉👍🏽", (await _factory.FindingAsync(16)).LastEntry!.Description);
    }

    [Fact]
    public async Task SqlLookingTextIsStoredVerbatimAndTheLedgerIsIntact()
    {
        // No ; or , in it: the progress reader tidies separators next to the percentage it takes out of a note.
        const string Note = "x' OR '1'='1' UNION SELECT * FROM People WHERE ''='";

        await _bot.AskAsync($"update 17.1: {Note} 50%", "sql");

        Assert.Equal(Note, (await _factory.FindingAsync(17)).LastEntry!.Description);
        Assert.Contains("第29项", BotClient.CardOf(await _bot.AskAsync("第29项", "sql")).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
        Assert.Contains(TextsOf(BotClient.CardOf(await _bot.AskAsync("第17项历史", "sql"))), text => text.Contains(CardMarkdown.Escape(Note), StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkupInAProgressNoteIsCarriedEscapedSoNoCardFormatsOrLinksIt()
    {
        const string Note = "**已完成** 详见 [通知](http://evil.example) <b>x</b> _斜_";

        await _bot.AskAsync($"update 18.1: {Note} 60%", "markup");

        // The link itself is kept as the entry's evidence; what the card shows of the words is what matters here.
        var texts = TextsOf(BotClient.CardOf(await _bot.AskAsync("第18项", "markup")));
        Assert.Contains(texts, text => text.Contains(@"\*\*已完成\*\*", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("**", StringComparison.Ordinal) && !text.Contains(@"\*\*", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("[通知](", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("<b>", StringComparison.Ordinal));
    }

    // Every "text", "title" and "value" string of a card, as its JSON carries them.
    private static List<string> TextsOf(JsonNode? node) => node switch
    {
        JsonObject obj => [.. obj.SelectMany(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : TextsOf(p.Value))],
        JsonArray array => [.. array.SelectMany(TextsOf)],
        _ => [],
    };

    private Task<HttpResponseMessage> PostAsync(HttpContent content) => _bot.Http.PostAsync("/api/messages", content);
}
