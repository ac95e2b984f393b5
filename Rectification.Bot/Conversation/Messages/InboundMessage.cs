using System.Text.Json.Nodes;

namespace Rectification.Bot.Conversation.Messages;

/// <summary>
/// What a person did in a chat, as the conversation sees it: each channel turns its own update (a Bot Framework
/// activity, a Telegram update, a console line) into one of these before the turn pipeline runs.
/// </summary>
public sealed record InboundMessage
{
    public required ConversationAddress Conversation { get; init; }

    public required ChannelUser From { get; init; }

    public InboundKind Kind { get; init; } = InboundKind.Message;

    /// <summary>The channel's id of the message, when it has one (used to ignore a channel's retries).</summary>
    public string? Id { get; init; }

    /// <summary>What the person typed, <see cref="WellFormedText">made well-formed</see> whatever the channel passed on.</summary>
    public string? Text { get => _text; init => _text = WellFormedText.Clean(value); }

    private readonly string? _text;

    /// <summary>The data a card button or form sent (see <see cref="Cards.CardSubmitData"/>); null for typed text.</summary>
    public JsonObject? Value { get; init; }

    /// <summary>The language the person's client is set to (BCP 47), when the channel says.</summary>
    public string? Locale { get; init; }

    /// <summary>The person's time zone (IANA id), when the channel says.</summary>
    public string? TimeZone { get; init; }

    public IReadOnlyList<InboundFile> Files { get; init; } = [];

    /// <summary>The people the message @mentions (the bot itself excluded), when the channel has mentions (Teams).</summary>
    public IReadOnlyList<ChannelUser> Mentions { get; init; } = [];

    /// <summary>
    /// The team the conversation belongs to, when the channel has teams (a Teams channel): its conversations share a
    /// current inspection round.
    /// </summary>
    public string? TeamId { get; init; }

    /// <summary>The channel's conversation id, the key of everything kept per conversation.</summary>
    public string ChannelId => Conversation.ChannelId;
}

/// <summary>Why a turn runs: a message (typed or a button), or the bot having been added to a conversation.</summary>
public enum InboundKind
{
    Message,

    /// <summary>The bot has just been added to this conversation (installed, joined a team, /start).</summary>
    BotAdded,
}

/// <summary>
/// Where a conversation is. <paramref name="Channel"/> names the channel in the registry that can reach it again
/// (botframework, telegram, console); <paramref name="ChannelId"/> is the channel id the message came with
/// (msteams, emulator, telegram, console), which keys dialogs, preferences and subscriptions.
/// </summary>
public sealed record ConversationAddress(string Channel, string ChannelId, string ConversationId, bool IsPersonal);

/// <summary>
/// Who wrote. <paramref name="Realm"/> is the kind of account the ids belong to (<see cref="IdentityRealms"/>):
/// several channels may share one (Teams and the web both sign in with Microsoft accounts).
/// </summary>
/// <param name="AlternateId">A second id of the same account, when the channel has one (Teams' AAD object id).</param>
public sealed record ChannelUser(string Realm, string Id, string? Name = null, string? AlternateId = null);

/// <summary>
/// A file someone sent with a message, as the channel describes it: the name the sender gave it (display text only),
/// its content type and size when the channel says, and the channel's reference to it (a download URL, Telegram's
/// <c>telegram:file/…</c> id), which is what the ledger keeps.
/// </summary>
public sealed record InboundFile(string Name, string? ContentType = null, string? Url = null, long? Size = null);
