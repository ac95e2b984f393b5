using Rectification.Bot.Charts;
using Rectification.Bot.Conversation.Messages;
using Rectification.Domain.LedgerFiles;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// The ledger's files in chat: the 整改台账 workbook (leaders and admins; anyone else is told whom to ask) and the
/// progress chart (anyone). Both are built from the round the turn works in (the conversation's current round), as the command-line export builds the latest, and
/// attached only where the channel declares it takes a file or a picture; elsewhere the answer says where to get it.
/// </summary>
internal sealed class LedgerFileAnswers(LedgerWorkbookFiles workbooks)
{
    /// <summary>Small enough for Teams' inline images (at most 1024×1024), tall enough for three charts.</summary>
    private const int ChartWidth = 768;
    private const int ChartHeight = 1024;

    public async Task<IReadOnlyList<OutboundMessage>> ExportLedgerAsync(Reply reply, CancellationToken cancellationToken)
    {
        var texts = reply.Texts;
        if (await workbooks.RefusalAsync(reply.Inbound.From, texts, cancellationToken) is { } refusal)
        {
            return [reply.Text(refusal)];
        }

        if (!reply.Channel.ReceivesFiles)
        {
            return [reply.Text(texts.LedgerFileNotHere)];
        }

        if (reply.Channel.FilesInPersonalChatsOnly && !reply.Inbound.Conversation.IsPersonal)
        {
            return [reply.Text(texts.LedgerFilePersonalChatOnly)];
        }

        if (await workbooks.BuildAsync(inspectionId: null, texts, cancellationToken) is not { } workbook)
        {
            return [reply.Text(texts.LedgerFilesEmpty)];
        }

        return [reply.Text(texts.LedgerExported(workbook.Findings, workbook.Rows)) with { Attachment = workbook.File }];
    }

    public async Task<IReadOnlyList<OutboundMessage>> ProgressChartAsync(Reply reply, CancellationToken cancellationToken)
    {
        var texts = reply.Texts;
        if (!reply.Channel.ReceivesImages)
        {
            return [reply.Text(texts.ChartNotHere)];
        }

        if (await workbooks.LoadRoundAsync(inspectionId: null, cancellationToken) is not { } round)
        {
            return [reply.Text(texts.LedgerFilesEmpty)];
        }

        var data = ProgressChartData.From(round.Findings, round.AnnouncementDate, round.Today);
        var png = ProgressChartRenderer.Png(data, ChartWidth, ChartHeight);
        var image = new FileAttachment(png, texts.ChartFileName(round.Today), FileAttachment.PngType);
        return [reply.Text(texts.ChartSent(texts.Date(round.Today))) with { Attachment = image }];
    }
}
