namespace Rectification.Bot.Cards.Model;

/// <summary>Action.OpenUrl: opens a link in the browser.</summary>
public sealed class OpenUrlAction(Uri url) : CardAction, ISelectAction
{
    protected override string TypeName => "Action.OpenUrl";

    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));
}
