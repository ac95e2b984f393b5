using BenchmarkDotNet.Attributes;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.LoadRunner.Hosts;

namespace Rectification.Benchmarks;

/// <summary>
/// The status card of finding 14 as the bot answers it: the card from the loaded finding, its JSON through the
/// project's CardSerializer, and the whole expectReplies body (the activity with the card attached) on the wire.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private InProcessBot _bot = null!;
    private Finding _finding = null!;
    private AdaptiveCard _card = null!;
    private Activity _inbound = null!;
    private readonly TimeZoneInfo _officeTimeZone = new ConversationOptions().OfficeTimeZone;

    [GlobalSetup]
    public void Setup()
    {
        _bot = SeededBot.Start();
        _finding = SeededBot.FindingAsync(_bot, 14).GetAwaiter().GetResult();
        _card = BuildCard();
        _inbound = SeededBot.TeamsActivity("status of item 14", "card-benchmark", 0);
    }

    [GlobalCleanup]
    public void Cleanup() => _bot.Dispose();

    [Benchmark]
    public AdaptiveCard BuildCard() => FindingStatusCard.Build(FindingCardModels.From(_finding), Texts.English, _officeTimeZone);

    [Benchmark]
    public string SerializeCard() => CardSerializer.ToJson(_card);

    [Benchmark]
    public string BuildAndSerializeCard() => CardSerializer.ToJson(BuildCard());

    /// <summary>What /api/messages answers: the reply activity (card as a JSON attachment) inside ExpectedReplies.</summary>
    [Benchmark]
    public string BuildAndSerializeActivity()
    {
        var reply = BotFrameworkOutbound.Reply(_inbound, new OutboundMessage { Card = BuildCard(), Locale = "en-US" });
        return ActivitySerializer.Serialize(new ExpectedReplies { Activities = [reply] });
    }
}
