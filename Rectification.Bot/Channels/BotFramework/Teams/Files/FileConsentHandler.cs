using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Channels.BotFramework.Teams.Files;

/// <summary>
/// Answers a <c>fileConsent/invoke</c>. On accept the file is built again from the card's context (kind and round),
/// for the person who accepted, whose role is checked again now: nothing was kept between the offer and the answer,
/// so any instance can take it. The bytes go to Teams' upload URL, then the file's card is sent. On decline a short
/// answer. The invoke itself is answered 200 once that is done, or 400 when it is not a consent this bot offered.
/// </summary>
internal sealed partial class FileConsentHandler(
    LedgerWorkbookFiles workbooks, FileUploader uploader, ConnectorDelivery delivery, ILogger<FileConsentHandler> logger)
{
    public async Task<InvokeResponse> HandleAsync(Activity invoke, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        var (answer, problem) = FileConsentInvoke.Read(invoke);
        if (answer is not null
            && (invoke.Conversation?.ConversationType != "personal" || FileConsentCards.RequesterOf(invoke.From) != answer.Context.Requester))
        {
            (answer, problem) = (null, "The consent was not answered in the personal chat it was offered in.");
        }

        if (answer is null)
        {
            LogRefused(invoke.Conversation?.Id, problem);
            return new InvokeResponse(StatusCodes.Status400BadRequest, JsonValue.Create(problem));
        }

        var inbound = BotFrameworkInbound.Message(invoke);
        var texts = Texts.For(ReplyLanguage.FromLocale(invoke.Locale) ?? Language.Chinese);
        var reply = answer.Accepted
            ? await AcceptAsync(invoke, inbound.From, answer, texts, cancellationToken)
            : Say(invoke, texts, texts.LedgerFileDeclined);
        await delivery.SendAsync(reply, inbound.Conversation, cancellationToken);
        return new InvokeResponse(StatusCodes.Status200OK);
    }

    private async Task<Activity> AcceptAsync(
        Activity invoke, ChannelUser person, FileConsentInvoke answer, Texts texts, CancellationToken cancellationToken)
    {
        if (await workbooks.RefusalAsync(person, texts, cancellationToken) is { } refusal)
        {
            return Say(invoke, texts, refusal);
        }

        if (await workbooks.BuildAsync(answer.Context.InspectionId, texts, cancellationToken) is not { } workbook)
        {
            return Say(invoke, texts, texts.LedgerFilesEmpty);
        }

        var upload = answer.Upload!;
        var (uploaded, problem) = await uploader.UploadAsync(upload.UploadUrl, workbook.File.Content, cancellationToken);
        if (!uploaded)
        {
            LogUploadFailed(invoke.Conversation?.Id, problem);
            return Say(invoke, texts, texts.LedgerFileUploadFailed);
        }

        var shown = Say(invoke, texts, texts.LedgerExported(workbook.Findings, workbook.Rows));
        shown.Attachments = [FileConsentCards.Info(upload)];
        return shown;
    }

    private static Activity Say(Activity invoke, Texts texts, string text) =>
        BotFrameworkOutbound.Reply(invoke, new OutboundMessage { Text = text, Locale = texts.Locale });

    [LoggerMessage(EventId = FailureEvents.FileConsentRefused, Level = LogLevel.Warning, Message = "A file consent answer in conversation {ConversationId} was refused: {Problem}")]
    private partial void LogRefused(string? conversationId, string? problem);

    [LoggerMessage(EventId = FailureEvents.FileConsentUploadFailed, Level = LogLevel.Warning, Message = "An accepted file could not be uploaded in conversation {ConversationId}: {Problem}")]
    private partial void LogUploadFailed(string? conversationId, string? problem);
}
