namespace Rectification.Bot.Localization;

/// <summary>The languages the bot answers in. Chinese is the first language of every answer.</summary>
public enum Language
{
    Chinese,
    English,
}
