using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>What one turn hands a dialog: the text (typed, or sent by a card button), the files sent with it, who is speaking, how it was understood and how to answer.</summary>
public sealed record DialogTurn(string Text, IReadOnlyList<InboundFile> Files, Actor Actor, RecognizedMessage Understood, Reply Reply);
