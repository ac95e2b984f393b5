using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>
/// What one turn hands a dialog: the text (typed, or sent by a card button), the file sent with it as read for
/// evidence (null when none), who is speaking, how it was understood and how to answer.
/// </summary>
public sealed record DialogTurn(string Text, EvidenceReading? File, Actor Actor, RecognizedMessage Understood, Reply Reply);
