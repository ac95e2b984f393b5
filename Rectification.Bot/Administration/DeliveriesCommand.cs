using System.Globalization;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Administration;

/// <summary>
/// `deliveries`: the conversations the channel refuses to take messages in (the person blocked or removed the bot,
/// or a message was too big), newest first, so an administrator can follow up. A person writing to the bot again
/// clears the mark. Operator output, in English like the other command-line verbs.
/// </summary>
internal sealed class DeliveriesCommand(ConversationReferences references, CommandOutput output) : IBotCommand
{
    public string Name => "deliveries";

    public string Usage => "deliveries                             list conversations the channel refuses to deliver to";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 0)
        {
            await output.Error.WriteLineAsync($"deliveries takes no arguments. Usage: {Usage}");
            return ExitCodes.Usage;
        }

        var undeliverable = await references.ListUndeliverableAsync(cancellationToken);
        if (undeliverable.Count == 0)
        {
            await output.Out.WriteLineAsync("Every stored conversation accepts messages.");
            return ExitCodes.Success;
        }

        await output.Out.WriteLineAsync("failed at (UTC)\tfailure\tchannel\tconversation\tuser\tconversation id\tdetail");
        foreach (var record in undeliverable)
        {
            await output.Out.WriteLineAsync(Line(record));
        }

        return ExitCodes.Success;
    }

    private static string Line(ConversationReferenceRecord record) => string.Join('\t',
        record.PermanentFailureAtUtc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?",
        record.PermanentFailure?.ToString() ?? "?",
        record.ChannelId,
        record.IsPersonal ? "personal" : "group",
        record.UserName ?? record.UserId ?? "-",
        record.ConversationId,
        record.PermanentFailureDetail ?? string.Empty);
}
