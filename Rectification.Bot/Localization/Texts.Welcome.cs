namespace Rectification.Bot.Localization;

/// <summary>Teams channel (welcome on install; Conversation/Welcome, Cards/WelcomeCard).</summary>
public abstract partial class Texts
{
    /// <summary>The welcome card's title, sent to a person who installs the bot.</summary>
    public abstract string WelcomeTitle { get; }

    /// <summary>What the bot does, in one or two sentences, under the welcome card's title.</summary>
    public abstract string WelcomeIntro { get; }

    /// <summary>The one short message introducing the bot when it is added to a team or group chat.</summary>
    public abstract string WelcomeTeamIntroduction { get; }
}
