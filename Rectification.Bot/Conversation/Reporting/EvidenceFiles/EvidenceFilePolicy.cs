using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Messages;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting.EvidenceFiles;

/// <summary>
/// Whether a file sent in chat is taken as evidence: its content type (as the channel says, else by its name's
/// extension) must be allowed and its size (when the channel says) within the limit, both from
/// <see cref="EvidenceFileOptions"/>. What is kept is the channel's reference (<see cref="InboundFile.Url"/>) and the
/// person's file name as display text only (<see cref="EvidenceFileName"/>); nothing the person named reaches a disk.
/// </summary>
public sealed class EvidenceFilePolicy(IOptions<EvidenceFileOptions> options)
{
    private const string Unspecified = "application/octet-stream";

    // The extensions a refusal names, in this order, when their type is allowed.
    private static readonly string[] WellKnown = [".pdf", ".ofd", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".png", ".gif", ".webp", ".txt"];

    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();

    /// <summary>The first attached file read as evidence; null when the message carried none.</summary>
    public EvidenceReading? Read(IReadOnlyList<InboundFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.Count == 0 ? null : Read(files[0]);
    }

    public EvidenceReading Read(InboundFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = options.Value;
        var type = ContentTypeOf(file);
        var name = EvidenceFileName.Display(file.Name, ExtensionOf(type));
        if (type is null || !IsAllowed(type, settings.ContentTypes()))
        {
            return Refused(new EvidenceFileRefusal(EvidenceProblem.FileTypeNotAllowed, name, type, file.Size, settings.MaxBytes, Allowed(settings.ContentTypes())));
        }

        if (file.Size > settings.MaxBytes)
        {
            return Refused(new EvidenceFileRefusal(EvidenceProblem.FileTooLarge, name, type, file.Size, settings.MaxBytes, Allowed(settings.ContentTypes())));
        }

        return file.Url?.Length > Evidence.MaxUrlLength
            ? new EvidenceReading(null, EvidenceProblem.TooLong)
            : new EvidenceReading(new Evidence(name, file.Url), null);
    }

    /// <summary>The type the channel gave (without parameters), else the one its name's extension implies; null when neither says.</summary>
    private static string? ContentTypeOf(InboundFile file)
    {
        var given = file.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(given) && given != Unspecified)
        {
            return given;
        }

        return Types.TryGetContentType(EvidenceFileName.LastSegment(file.Name), out var implied) ? implied : null;
    }

    /// <summary>
    /// Allowed when listed, when a listed "type/*" covers it, or (for a channel's own "image/*", Teams' pasted pictures)
    /// when some type of that family is listed.
    /// </summary>
    private static bool IsAllowed(string type, IReadOnlyList<string> allowed)
    {
        var family = type.Split('/')[0] + "/";
        return allowed.Any(a => string.Equals(a, type, StringComparison.OrdinalIgnoreCase)
            || (a.EndsWith("/*", StringComparison.Ordinal) && type.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase))
            || (type.EndsWith("/*", StringComparison.Ordinal) && a.StartsWith(family, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>What a refusal says may be sent: the well-known extensions of the allowed types, then any other allowed type as written.</summary>
    private static IReadOnlyList<string> Allowed(IReadOnlyList<string> allowed)
    {
        var named = WellKnown.Where(e => Types.TryGetContentType("f" + e, out var t) && IsAllowed(t, allowed)).ToList();
        var covered = named.Select(e => Types.Mappings[e]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. named, .. allowed.Where(a => !covered.Contains(a) && !(a.EndsWith("/*", StringComparison.Ordinal) && covered.Any(c => c.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase))))];
    }

    private static string? ExtensionOf(string? type) =>
        type is null ? null : WellKnown.FirstOrDefault(e => string.Equals(Types.Mappings[e], type, StringComparison.OrdinalIgnoreCase));

    private static EvidenceReading Refused(EvidenceFileRefusal refusal) => new(null, refusal.Problem) { FileRefusal = refusal };

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".ofd"] = "application/ofd";
        types.Mappings[".webp"] = "image/webp";
        return types;
    }
}

/// <summary>Why a file was not taken as evidence, with what the refusal tells the person.</summary>
/// <param name="Allowed">What may be sent instead: extensions (".pdf") and content types.</param>
public sealed record EvidenceFileRefusal(EvidenceProblem Problem, string FileName, string? ContentType, long? Size, long MaxBytes, IReadOnlyList<string> Allowed);
