namespace Rectification.Bot.Channels.BotFramework.Transcripts;

/// <summary>Transcript logging (<c>Transcripts:Folder</c>); off while the folder is empty.</summary>
public sealed class TranscriptOptions
{
    public const string Section = "Transcripts";

    /// <summary>Where the <c>.transcript</c> files go, one per conversation; relative paths are from the working directory.</summary>
    public string? Folder { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Folder);
}
