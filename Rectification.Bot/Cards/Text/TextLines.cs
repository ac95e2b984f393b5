using Rectification.Bot.Cards.Model;

namespace Rectification.Bot.Cards.Text;

/// <summary>The lines of a card's plain-text form, built element by element.</summary>
internal sealed class TextLines
{
    private readonly List<string> _lines = [];

    public static string Buttons(IEnumerable<CardAction> actions) =>
        string.Join(" ", actions.Where(a => !string.IsNullOrWhiteSpace(a.Title)).Select(a => $"[{a.Title}]"));

    public void Add(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            _lines.Add(line.TrimEnd());
        }
    }

    public void BlankLine()
    {
        if (_lines.Count > 0 && _lines[^1].Length > 0)
        {
            _lines.Add(string.Empty);
        }
    }

    public void AddElements(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements.Where(e => e.IsVisible != false))
        {
            if (element.Spacing is Spacing.Medium or Spacing.Large or Spacing.ExtraLarge or Spacing.Padding)
            {
                BlankLine();
            }

            AddElement(element);
        }
    }

    public override string ToString() => string.Join("\n", _lines).Trim('\n');

    private void AddElement(CardElement element)
    {
        switch (element)
        {
            case TextBlock text:
                Add(text.Text);
                break;
            case FactSet facts:
                facts.Facts.ForEach(fact => Add(FactLine(fact)));
                break;
            case Container container:
                AddElements(container.Items);
                break;
            case ColumnSet columns:
                AddColumns(columns.Columns);
                break;
            case ActionSet actions:
                Add(Buttons(actions.Actions));
                break;
            case Image image when !string.IsNullOrWhiteSpace(image.AltText):
                Add($"[{image.AltText}]");
                break;
            case InputElement input:
                Add(InputLine(input));
                break;
        }
    }

    /// <summary>
    /// The first line of every column on one line ("1. 推进中 80%"), then the columns' other lines indented under
    /// the first column's text, like a hanging list item.
    /// </summary>
    private void AddColumns(IReadOnlyList<Column> columns)
    {
        var rendered = columns.Select(Render).Where(lines => lines.Count > 0).ToList();
        if (rendered.Count == 0)
        {
            return;
        }

        Add(string.Join(" ", rendered.Select(lines => lines[0])));
        var indent = new string(' ', rendered.Count > 1 && rendered[0].Count == 1 ? rendered[0][0].Length + 1 : 2);
        foreach (var line in rendered.SelectMany(lines => lines.Skip(1)))
        {
            Add(line.Length == 0 ? line : indent + line);
        }
    }

    private List<string> Render(Column column)
    {
        var inner = new TextLines();
        inner.AddElements(column.Items);
        return inner._lines.SkipWhile(line => line.Length == 0).ToList();
    }

    /// <summary>"责任部门：未指定" after a Chinese label, "Department: not assigned" after any other.</summary>
    private static string FactLine(Fact fact) =>
        fact.Title.Length > 0 && IsCjk(fact.Title[^1]) ? $"{fact.Title}：{fact.Value}" : $"{fact.Title}: {fact.Value}";

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';

    private static string InputLine(InputElement input) => input switch
    {
        ToggleInput toggle => $"[ ] {toggle.Title}",
        ChoiceSetInput choices => $"{input.Label ?? input.Id}: {string.Join(" / ", choices.Choices.Select(c => c.Title))}",
        TextInput text => $"{input.Label ?? text.Placeholder ?? input.Id}: ____",
        _ => $"{input.Label ?? input.Id}: ____",
    };
}
