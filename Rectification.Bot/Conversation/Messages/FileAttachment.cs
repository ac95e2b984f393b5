namespace Rectification.Bot.Conversation.Messages;

/// <summary>A file as the core hands it to a channel: its bytes, the name the person sees, and its media type.</summary>
public sealed record FileAttachment(byte[] Content, string Name, string ContentType)
{
    public const string PngType = "image/png";

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Whether a channel should show it as a picture rather than offer it for download.</summary>
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file inside a URL (RFC 2397), for channels whose clients fetch attachments from a link.</summary>
    public string DataUri() => $"data:{ContentType};base64,{Convert.ToBase64String(Content)}";
}
