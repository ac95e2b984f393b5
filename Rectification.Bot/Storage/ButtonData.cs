namespace Rectification.Bot.Storage;

/// <summary>
/// The data of a button too large for its channel to carry (a Telegram button holds 64 bytes): kept here, and the
/// button carries <see cref="Key"/>. The key is derived from the data, so the same button sent again reuses its row.
/// </summary>
public sealed class ButtonData
{
    private ButtonData()
    {
        Key = string.Empty;
        Json = string.Empty;
    }

    public ButtonData(string key, string json, DateTime createdAtUtc)
    {
        Key = key;
        Json = json;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public string Key { get; private set; }

    public string Json { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
}
