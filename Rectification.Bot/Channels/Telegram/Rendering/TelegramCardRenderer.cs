using System.Text.Json.Nodes;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// A card as a compact Telegram message: text blocks become lines (bold where the card is bold), facts
/// "<b>label</b> value" lines, containers and columns are flattened, images become links; buttons, tappable rows and
/// choices become inline keyboard buttons. Text fields cannot be filled in a chat, so the message says what to send
/// instead. Every text is escaped, and every tag closes on its own line.
/// </summary>
internal sealed class TelegramCardRenderer
{
    private readonly List<string> _lines = [];
    private readonly List<TelegramButton> _buttons = [];
    private readonly List<string> _unfillable = [];
    private readonly JsonObject? _submitData;

    private TelegramCardRenderer(AdaptiveCard card) => _submitData = FirstSubmitData(card);

    public static TelegramRendering Render(AdaptiveCard card, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(texts);
        var renderer = new TelegramCardRenderer(card);
        renderer.AddElements(card.Body);
        renderer.AddActions(card.Actions);
        if (renderer._unfillable.Count > 0)
        {
            renderer.BlankLine();
            renderer._lines.Add(TelegramHtml.Italic(TelegramHtml.Escape(texts.TypeInsteadOfForm(texts.FieldList(renderer._unfillable)))));
        }

        var html = string.Join("\n", renderer._lines).Trim('\n');
        return new TelegramRendering(html, TelegramKeyboardLayout.Rows(renderer._buttons));
    }

    private void AddElements(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements.Where(e => e.IsVisible != false))
        {
            if (element.Separator == true || element.Spacing is Spacing.Medium or Spacing.Large or Spacing.ExtraLarge or Spacing.Padding)
            {
                BlankLine();
            }

            AddElement(element);
            AddSelectAction(element);
        }
    }

    private void AddElement(CardElement element)
    {
        switch (element)
        {
            case TextBlock text:
                AddText(text);
                break;
            case FactSet facts:
                facts.Facts.ForEach(fact => _lines.Add($"{TelegramHtml.Bold(TelegramHtml.Escape(SingleLine(fact.Title)))} {TelegramHtml.Escape(SingleLine(fact.Value))}"));
                break;
            case Container container:
                AddElements(container.Items);
                break;
            case ColumnSet columns:
                AddColumns(columns.Columns);
                break;
            case ActionSet actions:
                AddActions(actions.Actions);
                break;
            case Image image:
                _lines.Add(TelegramHtml.Link(image.Url, string.IsNullOrWhiteSpace(image.AltText) ? image.Url.AbsoluteUri : image.AltText));
                break;
            case ChoiceSetInput choices:
                AddChoices(choices);
                break;
            case InputElement input:
                _unfillable.Add(input.Label ?? (input as TextInput)?.Placeholder ?? input.Id ?? string.Empty);
                break;
        }
    }

    private void AddText(TextBlock text)
    {
        var emphasised = text.Weight == TextWeight.Bolder || text.Size is TextSize.Large or TextSize.ExtraLarge;
        foreach (var line in text.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var escaped = TelegramHtml.Escape(line.TrimEnd());
            _lines.Add(escaped.Length == 0 ? escaped
                : emphasised ? TelegramHtml.Bold(escaped)
                : text.IsSubtle == true ? TelegramHtml.Italic(escaped)
                : escaped);
        }
    }

    /// <summary>The first line of every column on one line ("14 推进中 80%"), then the columns' other lines.</summary>
    private void AddColumns(IEnumerable<Column> columns)
    {
        var rendered = new List<List<string>>();
        foreach (var column in columns)
        {
            var inner = new TelegramCardRenderer(this);
            inner.AddElements(column.Items);
            inner.AddSelectAction(column.SelectAction, column.Items);
            var lines = inner._lines.SkipWhile(line => line.Length == 0).ToList();
            if (lines.Count > 0)
            {
                rendered.Add(lines);
            }
        }

        if (rendered.Count > 0)
        {
            _lines.Add(string.Join(" ", rendered.Select(lines => lines[0])));
            _lines.AddRange(rendered.SelectMany(lines => lines.Skip(1)));
        }
    }

    private TelegramCardRenderer(TelegramCardRenderer outer)
    {
        _buttons = outer._buttons;
        _unfillable = outer._unfillable;
        _submitData = outer._submitData;
    }

    private void AddActions(IEnumerable<CardAction> actions)
    {
        foreach (var action in actions)
        {
            if (Button(action, action.Title) is { } button)
            {
                _buttons.Add(button);
            }
        }
    }

    /// <summary>A choice becomes a button that submits the card's data with this choice, as the card's form would.</summary>
    private void AddChoices(ChoiceSetInput choices)
    {
        if (choices.Label is { Length: > 0 } label)
        {
            _lines.Add(TelegramHtml.Escape(label));
        }

        foreach (var choice in choices.Choices)
        {
            var data = _submitData?.DeepClone().AsObject() ?? CardSubmitData.TypedText(choice.Title).ToJson();
            if (_submitData is not null)
            {
                data[choices.Id!] = choice.Value;
            }

            _buttons.Add(new TelegramButton(choice.Title, Data: data));
        }
    }

    /// <summary>A tappable row (a finding in a list) becomes a button titled with the row's first words.</summary>
    private void AddSelectAction(CardElement element)
    {
        switch (element)
        {
            case Container { SelectAction: { } action } container:
                AddSelectAction(action, container.Items);
                break;
            case ColumnSet { SelectAction: { } action } columns:
                AddSelectAction(action, columns.Columns.SelectMany(c => c.Items));
                break;
        }
    }

    private void AddSelectAction(ISelectAction? action, IEnumerable<CardElement> content)
    {
        if (action is CardAction card && Button(card, card.Title ?? FirstText(content)) is { } button)
        {
            _buttons.Add(button);
        }
    }

    private static TelegramButton? Button(CardAction action, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        return action switch
        {
            SubmitAction { Data: JsonObject data } => new TelegramButton(title, Data: data),
            ExecuteAction { Data: JsonObject data } => new TelegramButton(title, Data: data),
            OpenUrlAction link => new TelegramButton(title, Url: link.Url),
            _ => null,
        };
    }

    private static string? FirstText(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            var text = element switch
            {
                TextBlock block => block.Text,
                Container container => FirstText(container.Items),
                ColumnSet columns => FirstText(columns.Columns.SelectMany(c => c.Items)),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return CardText.Shorten(CardText.SingleLine(text), 20);
            }
        }

        return null;
    }

    private static JsonObject? FirstSubmitData(AdaptiveCard card) =>
        card.Actions.Select(action => action switch
        {
            SubmitAction { Data: JsonObject data } => data,
            ExecuteAction { Data: JsonObject data } => data,
            _ => null,
        }).FirstOrDefault(data => data is not null);

    private static string SingleLine(string text) => CardText.SingleLine(text);

    private void BlankLine()
    {
        if (_lines.Count > 0 && _lines[^1].Length > 0)
        {
            _lines.Add(string.Empty);
        }
    }
}
