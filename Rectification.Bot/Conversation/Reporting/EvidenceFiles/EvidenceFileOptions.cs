namespace Rectification.Bot.Conversation.Reporting.EvidenceFiles;

/// <summary>
/// The "EvidenceFiles" settings: which files sent in chat are taken as evidence (by content type) and how large. The
/// bot keeps the channel's reference to the file (Teams' download URL, Telegram's file id), never the file itself.
/// </summary>
public sealed class EvidenceFileOptions
{
    public const string Section = "EvidenceFiles";

    /// <summary>20 MB, the most a bot may download from Telegram.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Documents, spreadsheets, slides, PDF, pictures and plain text: what rectification evidence is.</summary>
    public static readonly IReadOnlyList<string> DefaultContentTypes =
    [
        "application/pdf",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/ofd",
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "text/plain",
    ];

    /// <summary>A file larger than this (when the channel says its size) is refused.</summary>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Content types taken as evidence, e.g. "application/pdf" or "image/*"; empty: <see cref="DefaultContentTypes"/>.</summary>
    public IList<string> AllowedContentTypes { get; } = [];

    public IReadOnlyList<string> ContentTypes() => AllowedContentTypes.Count == 0 ? DefaultContentTypes : [.. AllowedContentTypes];
}
