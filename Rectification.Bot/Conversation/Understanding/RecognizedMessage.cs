using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Understanding;

/// <summary>
/// The understood message: the intent, the language the message itself shows (null for "14" or "/status 14"; see
/// <see cref="Languages.ReplyLanguage"/> for the fallback) and the name of the recognizer that understood it.
/// </summary>
public sealed record RecognizedMessage(Intent Intent, Language? DetectedLanguage, string RecognizedBy);
