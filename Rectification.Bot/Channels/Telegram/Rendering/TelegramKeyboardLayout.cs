namespace Rectification.Bot.Channels.Telegram.Rendering;

/// <summary>
/// Lays buttons out in rows: short ones (finding numbers, 是/否) side by side, as many as fit a phone's width; a long
/// title gets a row of its own, or Telegram cuts it.
/// </summary>
internal static class TelegramKeyboardLayout
{
    /// <summary>The most characters of titles that fit one row on a phone.</summary>
    public const int RowWidth = 24;

    /// <summary>Telegram's own limit is 8 buttons a row.</summary>
    public const int MaxButtonsPerRow = 8;

    public static IReadOnlyList<IReadOnlyList<TelegramButton>> Rows(IEnumerable<TelegramButton> buttons)
    {
        var rows = new List<IReadOnlyList<TelegramButton>>();
        var row = new List<TelegramButton>();
        var width = 0;
        foreach (var button in buttons)
        {
            var length = Math.Max(button.Title.Length, 2);
            var alone = length > RowWidth / 2;
            if (row.Count > 0 && (alone || width + length > RowWidth || row.Count == MaxButtonsPerRow))
            {
                rows.Add(row);
                row = [];
                width = 0;
            }

            row.Add(button);
            width = alone ? RowWidth : width + length;
        }

        if (row.Count > 0)
        {
            rows.Add(row);
        }

        return rows;
    }
}
