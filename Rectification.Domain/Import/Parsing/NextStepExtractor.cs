using System.Text;
using System.Text.RegularExpressions;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Splits next steps out of a measure: a sentence or clause that begins with 下一步 or 下步 (at the start or right
/// after 。，,；;) runs to the next 。, or to the end of the text. The step is kept as published, 下一步 included.
/// Requiring a sentence or clause start keeps words such as 以下步骤 from counting.
/// </summary>
internal static partial class NextStepExtractor
{
    public static (string Remaining, IReadOnlyList<string> Steps) Extract(string measureText)
    {
        var steps = new List<string>();
        var remaining = new StringBuilder(measureText.Length);
        var copiedUpTo = 0;
        foreach (Match step in NextStepPattern().Matches(measureText))
        {
            remaining.Append(measureText, copiedUpTo, step.Index - copiedUpTo);
            steps.Add(step.Value.Trim());
            copiedUpTo = step.Index + step.Length;
        }

        remaining.Append(measureText, copiedUpTo, measureText.Length - copiedUpTo);

        // A step that followed a comma leaves that comma dangling at the end of the measure (item 14).
        return (remaining.ToString().Trim().TrimEnd('，', ',', '；', ';').TrimEnd(), steps);
    }

    [GeneratedRegex(@"(?:^|(?<=[。，,；;]))\s*(?:下一步|下步)[^。]*(?:。|$)")]
    private static partial Regex NextStepPattern();
}
