using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Transcripts;

namespace Rectification.Tests.BotFramework;

/// <summary>The transcript file stays one valid JSON array under concurrent writers, in one process or several.</summary>
public sealed class TranscriptFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rectification-transcripts-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Concurrent_appends_from_two_writers_all_land_in_one_valid_array()
    {
        // Two instances stand for two bot processes: they share only the lock file.
        TranscriptFiles[] writers = [new(), new()];
        var appends = Enumerable.Range(0, 40).Select(i =>
            writers[i % 2].AppendAsync(_folder, "msteams", "19:abc@thread.tacv2;messageid=1", Entry(i), CancellationToken.None));

        await Task.WhenAll(appends).WaitAsync(TimeSpan.FromSeconds(20));

        var path = Path.Combine(_folder, TranscriptFiles.FileName("msteams", "19:abc@thread.tacv2;messageid=1"));
        var entries = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsArray();
        Assert.Equal(40, entries.Count);
        Assert.Equal(40, entries.Select(e => e!["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void File_names_are_safe_and_differ_per_conversation()
    {
        var name = TranscriptFiles.FileName("msteams", "19:abc@thread.tacv2;messageid=1");
        var other = TranscriptFiles.FileName("msteams", "19:abc@thread.tacv2;messageid=2");

        Assert.Matches("^msteams-[0-9a-f]{32}\\.transcript$", name);
        Assert.NotEqual(name, other);
        Assert.StartsWith("channel-", TranscriptFiles.FileName("../etc", "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_published_forms_are_read()
    {
        Assert.Single(TranscriptFiles.ReadArray("""[{"type":"message"}]"""));
        Assert.Single(TranscriptFiles.ReadArray("""{"transcript":[{"type":"message"}]}"""));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Activity Entry(int i) => new() { Type = ActivityTypes.Message, Id = "m" + i, Text = "第" + i + "条" };
}
