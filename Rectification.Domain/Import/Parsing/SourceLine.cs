namespace Rectification.Domain.Import.Parsing;

/// <summary>One physical line of the document, trimmed, with its 1-based number for error messages.</summary>
internal readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>A short quotation of the line for an error message.</summary>
    public string Quoted => Excerpt.Quote(Text);
}
