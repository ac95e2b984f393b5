using System.Text.RegularExpressions;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Architecture;

/// <summary>
/// The arrows of ARCHITECTURE.md, read off the source: channels at the edge, a channel-neutral core, localization that
/// knows only the domain, and no channel that knows another.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string BotFolder = Path.Combine(RepositoryFolder.Root(), "Rectification.Bot");

    [Theory]
    [InlineData("Conversation")]
    [InlineData("Cards")]
    [InlineData("Storage")]
    [InlineData("Scheduling")]
    [InlineData("Localization")]
    [InlineData("Api")]
    [InlineData("Administration")]
    [InlineData("Charts")]
    [InlineData("Web")]
    [InlineData("Security")]
    public void TheCoreNeverNamesAChannel(string folder)
    {
        Assert.Empty(FilesReferring(folder, ChannelReference()));
    }

    [Fact]
    public void LocalizationDependsOnNothingButTheDomain()
    {
        Assert.Empty(FilesReferring("Localization", BotReferenceOutsideLocalization()));
    }

    [Theory]
    [InlineData("BotFramework")]
    [InlineData("Telegram")]
    [InlineData("Console")]
    [InlineData("DirectLine")]
    public void NoChannelImportsAnother(string channel)
    {
        var others = new Regex($@"Rectification\.Bot\.Channels\.(?!{channel}\b)\w+|\bChannels\.(?!{channel}\b)(BotFramework|Telegram|Console|DirectLine)\b");
        Assert.Empty(FilesReferring(Path.Combine("Channels", channel), others));
    }

    private static List<string> FilesReferring(string folder, Regex reference) =>
        Directory.EnumerateFiles(Path.Combine(BotFolder, folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => File.ReadLines(file).Any(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal) && reference.IsMatch(line)))
            .Select(file => Path.GetRelativePath(BotFolder, file))
            .ToList();

    [GeneratedRegex(@"Rectification\.Bot\.Channels\b|\bChannels\.(BotFramework|Telegram|Console|DirectLine)\b")]
    private static partial Regex ChannelReference();

    [GeneratedRegex(@"Rectification\.Bot\.(?!Localization\b)\w+|\b(Conversation|Cards|Administration|Storage|Scheduling|Channels|Hosting|Security|Api)\.[A-Z]")]
    private static partial Regex BotReferenceOutsideLocalization();
}
