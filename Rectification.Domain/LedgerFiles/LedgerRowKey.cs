using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// What a ledger row is about, as its 序号 says: 第14项第2条 (measure 2 of finding 14) or 第14项下一步1 (its first next
/// step). Written as words, not "14-2" or "14.2", which a spreadsheet would take for a date or a number.
/// </summary>
public sealed partial record LedgerRowKey(int FindingNumber, int Ordinal, bool IsNextStep)
{
    public static LedgerRowKey ForMeasure(int findingNumber, int ordinal) => new(findingNumber, ordinal, IsNextStep: false);

    public static LedgerRowKey ForNextStep(int findingNumber, int ordinal) => new(findingNumber, ordinal, IsNextStep: true);

    public static LedgerRowKey? Parse(string? text)
    {
        var match = KeyPattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var finding = int.Parse(match.Groups["finding"].Value, CultureInfo.InvariantCulture);
        var ordinal = int.Parse(match.Groups["ordinal"].Value, CultureInfo.InvariantCulture);
        return new LedgerRowKey(finding, ordinal, match.Groups["next"].Success);
    }

    public override string ToString() => IsNextStep
        ? string.Create(CultureInfo.InvariantCulture, $"第{FindingNumber}项{LedgerColumns.NextStepMarker}{Ordinal}")
        : string.Create(CultureInfo.InvariantCulture, $"第{FindingNumber}项第{Ordinal}条");

    [GeneratedRegex(@"^第(?<finding>[1-9]\d{0,5})项(?:第(?<ordinal>[1-9]\d{0,3})条|(?<next>下一步)(?<ordinal>[1-9]\d{0,3}))$")]
    private static partial Regex KeyPattern();
}
