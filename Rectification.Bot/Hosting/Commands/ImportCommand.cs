using Rectification.Domain.Import;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Hosting.Commands;

/// <summary>`import &lt;file&gt;`: reads another published announcement into the ledger (idempotent).</summary>
internal sealed class ImportCommand(LedgerDbContext ledger) : IBotCommand
{
    public string Name => "import";

    public string Usage => "import <announcement-YYYY-MM-DD.txt>   read a published progress announcement into the ledger";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || !File.Exists(arguments[0]))
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        try
        {
            var text = await File.ReadAllTextAsync(arguments[0], cancellationToken);
            var result = await new AnnouncementImporter(ledger).ImportAsync(text, Path.GetFileNameWithoutExtension(arguments[0]), cancellationToken);
            Console.WriteLine($"Imported {arguments[0]}: {result.FindingsCreated} findings created, {result.FindingsSkipped} already present"
                + (result.LaterAnnouncement ? $", a later announcement: {result.MeasuresUpdated} measures updated (never over what people reported)." : "."));
            return 0;
        }
        catch (AnnouncementFormatException error)
        {
            await Console.Error.WriteLineAsync($"{arguments[0]}: {error.Message} Nothing was imported.");
            return 1;
        }
    }
}
