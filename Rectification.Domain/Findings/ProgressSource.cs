namespace Rectification.Domain.Findings;

/// <summary>Where a progress entry came from, so readers can weigh it.</summary>
public enum ProgressSource
{
    /// <summary>Taken from the public announcement when the ledger was seeded.</summary>
    Announcement,

    /// <summary>Reported by a person in a chat channel.</summary>
    Chat,

    /// <summary>Entered by an administrator (command line or admin command).</summary>
    Administration,

    /// <summary>Read from a ledger spreadsheet (整改台账) by `import-ledger`; the author is the file's name.</summary>
    LedgerFile,

    /// <summary>Recorded by the bot itself: the supervision ladder's changes of colour (督办留痕).</summary>
    Supervision,
}
