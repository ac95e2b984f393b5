using System.Reflection;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>
/// The phrasing table: how office staff, leaders and admins actually write, each case with the intent and values
/// it must be understood as. One class per area in this folder, each exposing its cases as a public static
/// <c>TheoryData&lt;string, Intent&gt;</c> named <see cref="CasesProperty"/> and checking them with <see cref="Assert"/>.
/// </summary>
internal static class Phrasings
{
    public const string CasesProperty = "Cases";

    private static readonly MessageRecognizer Recognizer = new();

    public static void Assert(string message, Intent expected)
    {
        var understood = Recognizer.Recognize(message, AnnouncementFindings.Context);
        Xunit.Assert.True(
            Equals(expected, understood.Intent),
            $"\"{message}\" was understood as {understood.Intent} (by {understood.RecognizedBy}), expected {expected}.");
    }

    /// <summary>Every case of every table in this folder.</summary>
    public static IEnumerable<(string Message, Intent Expected)> All() =>
        typeof(Phrasings).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Phrasings).Namespace)
            .Select(t => t.GetProperty(CasesProperty, BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(TheoryData<string, Intent>))
            .SelectMany(p => (TheoryData<string, Intent>)p!.GetValue(null)!)
            .Select(row => ((string)row[0], (Intent)row[1]));
}
