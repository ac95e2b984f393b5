namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string WelcomeTitle => "Hello, I'm the Rectification Bot";

    public override string WelcomeIntro =>
        "I follow the rectification of the inspection findings: each finding's measures, progress and sign-off. Ask in English or Chinese.";

    public override string WelcomeTeamIntroduction =>
        "Hello everyone, I'm the Rectification Bot: I answer questions about the rectification of the inspection findings. " +
        "@mention me with a question, for example \"status of item 14\"; say \"help\" to see what I can do.";
}
