using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// An action that may serve as a selectAction (a tap on a container, column, image or the card). The schema
/// excludes Action.ShowCard there, so <see cref="ShowCardAction"/> does not implement this.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
public interface ISelectAction
{
}
