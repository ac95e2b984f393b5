using System.Globalization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting.EvidenceFiles;

/// <summary>
/// A file name as a person gave it, made fit to show: no folder (only what follows the last / or \), no control or
/// invisible formatting characters (a right-to-left override could disguise "gpj.exe" as "exe.jpg"), no leading or
/// trailing dots or spaces, at most <see cref="Evidence.MaxNameLength"/> characters. It is display text only.
/// </summary>
public static class EvidenceFileName
{
    public static string Display(string? given, string? extension)
    {
        var kept = new string([.. LastSegment(given).Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)])
            .Trim().Trim('.').Trim();
        if (kept.Length == 0)
        {
            return "file" + extension;
        }

        return kept.Length <= Evidence.MaxNameLength ? kept : Shortened(kept);
    }

    /// <summary>What follows the last / or \ of a name (a sender's folder means nothing here).</summary>
    public static string LastSegment(string? name) =>
        name is null ? string.Empty : name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

    private static string Shortened(string name)
    {
        var extension = Path.GetExtension(name);
        extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
        var stem = name[..(Evidence.MaxNameLength - extension.Length - 1)];
        return (char.IsHighSurrogate(stem[^1]) ? stem[..^1] : stem) + "…" + extension;
    }
}
