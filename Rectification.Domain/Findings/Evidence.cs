namespace Rectification.Domain.Findings;

/// <summary>What a reporter attaches to back an entry: a file or document name and/or a link.</summary>
public sealed record Evidence(string? Name, string? Url)
{
    public const int MaxNameLength = 300;
    public const int MaxUrlLength = 2000;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Url);
}
