namespace Rectification.LoadRunner.Hosts;

/// <summary>The one path both the ceiling and the bot are loaded on.</summary>
public static class LoadTarget
{
    public const string MessagesPath = "/api/messages";
}
