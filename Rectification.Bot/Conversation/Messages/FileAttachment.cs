namespace Rectification.Bot.Conversation.Messages;

/// <summary>A file as the core hands it to a channel: its bytes, the name the person sees, and its media type.</summary>
public sealed record FileAttachment(byte[] Content, string Name, string ContentType)
{
    public const string PngType = "image/png";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// What the file is, so that a channel handing it over later (after the person's consent) can have it built again
    /// as of then instead of keeping the bytes; null for a file that is not built from the ledger.
    /// </summary>
    public LedgerFileSource? Source { get; init; }

    /// <summary>Whether a channel should show it as a picture rather than offer it for download.</summary>
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file inside a URL (RFC 2397), for channels whose clients fetch attachments from a link.</summary>
    public string DataUri() => $"data:{ContentType};base64,{Convert.ToBase64String(Content)}";
}

/// <summary>A file built from the ledger: which kind, of which round (inspection id).</summary>
public sealed record LedgerFileSource(LedgerFileKind Kind, int InspectionId);

public enum LedgerFileKind
{
    /// <summary>The 整改台账 workbook (.xlsx) with its summary sheet.</summary>
    Workbook,
}
