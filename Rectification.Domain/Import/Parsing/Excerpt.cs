namespace Rectification.Domain.Import.Parsing;

/// <summary>Quotes document text in error messages, shortened so a long paragraph does not drown the message.</summary>
internal static class Excerpt
{
    private const int MaxLength = 40;

    public static string Quote(string text)
    {
        if (text.Length == 0)
        {
            return "an empty line";
        }

        var shown = text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
        return $"`{shown}`";
    }
}
