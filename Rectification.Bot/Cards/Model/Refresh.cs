namespace Rectification.Bot.Cards.Model;

/// <summary>
/// Refreshes a card when it is viewed (1.4) by invoking <see cref="Action"/>. Teams refreshes automatically only for
/// the listed user MRIs (at most 60), or for everyone in conversations of 60 members or fewer when the list is left
/// out; an empty list offers a manual "Refresh card" menu.
/// </summary>
public sealed class Refresh(ExecuteAction action) : CardNode
{
    protected override string TypeName => "Refresh";

    protected override CardVersion TypeIntroducedIn => CardVersion.V1_4;

    /// <summary>Always an <see cref="ExecuteAction"/>; typed as the base so that its "type" is written.</summary>
    public CardAction Action { get; } = action ?? throw new ArgumentNullException(nameof(action));

    public IReadOnlyList<string>? UserIds { get; init; }

    internal override IEnumerable<(string Path, CardNode Node)> Children() => Single("action", Action);
}
