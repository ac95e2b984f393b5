using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// The announcement date comes from the document's name, announcement-YYYY-MM-DD (optionally with a folder and an
/// extension), because that is how documents are filed; the text's own signature date is only checked against it.
/// </summary>
internal static partial class DocumentNameDate
{
    public static DateOnly Read(string documentName)
    {
        var fileName = Path.GetFileName(documentName.Trim());
        var match = NamePattern().Match(fileName);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new AnnouncementFormatException(0, $"document name: expected `announcement-YYYY-MM-DD` with a real date, found `{documentName}`");
        }

        return date;
    }

    [GeneratedRegex(@"^announcement-(?<date>\d{4}-\d{2}-\d{2})(?:\.[A-Za-z0-9]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();
}
