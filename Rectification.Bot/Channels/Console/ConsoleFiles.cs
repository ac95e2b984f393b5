using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.Console;

/// <summary>
/// Where the terminal puts a file an answer carries: a new folder under the temporary folder for each file, so two
/// exports on one day (or two sessions) never overwrite each other, under the name the person would have seen.
/// </summary>
internal static class ConsoleFiles
{
    public static async Task<string> SaveAsync(FileAttachment file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var folder = Directory.CreateTempSubdirectory("rectification-bot-");
        var path = Path.Combine(folder.FullName, Path.GetFileName(file.Name));
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        return path;
    }
}
