namespace Rectification.LoadRunner.Load;

/// <summary>A question the load sends over and over, each time from another conversation and with a new activity id.</summary>
public sealed record Scenario(string Name, string Text, string Description)
{
    /// <summary>The headline: one finding's status card (the issue's first target).</summary>
    public static readonly Scenario Status = new("status", "status of item 14", "status of item 14 (status card)");

    /// <summary>A phrase from a finding: the keyword index answers it.</summary>
    public static readonly Scenario Keyword = new("keyword", "汉融通", "汉融通 (keyword question)");

    /// <summary>The findings with a status: a list card.</summary>
    public static readonly Scenario List = new("list", "list open items", "list open items (list card)");

    public static IReadOnlyList<Scenario> All { get; } = [Status, Keyword, List];

    public static Scenario Named(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown scenario '{name}'; known: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
