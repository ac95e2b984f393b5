using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.Findings;
using Rectification.Domain.Import;
using Rectification.Tests.Administration;

namespace Rectification.Tests.LedgerFiles;

public sealed class AnnouncementExportTests
{
    private static readonly string[] Published = File.ReadAllLines(PublishedPath());

    [Fact]
    public async Task FromAFreshlySeededLedgerThe29FindingStatementsAreThePublishedOnesInOrderWordForWord()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("announcement.txt");

        var run = await host.RunAsync("export", "--format", "txt", "--out", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var published = FindingsSection(Published);
        var regenerated = FindingsSection(await File.ReadAllLinesAsync(file));
        Assert.Equal(58, regenerated.Length);
        // Headings are written in the one regular form N.关于“…”的问题 (three published ones vary in the trailing words); the
        // statements under them are compared whole.
        Assert.Equal(published.Where((_, i) => i % 2 == 0).Select(HeadingTitle), regenerated.Where((_, i) => i % 2 == 0).Select(HeadingTitle));
        Assert.All(regenerated.Where((_, i) => i % 2 == 0), h => Assert.Matches(@"^\d+\.关于“.+”的问题$", h));
        Assert.Equal(published.Where((_, i) => i % 2 == 1), regenerated.Where((_, i) => i % 2 == 1));
    }

    [Fact]
    public async Task TheWordDocumentReadBackHasThe29PublishedStatementsHeadingsAsHeadingsAndAChineseFont()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("announcement.docx");
        var text = host.TemporaryFile("announcement.txt");

        var run = await host.RunAsync("export", "--format", "docx", "--out", file);
        await host.RunAsync("export", "--format", "txt", "--out", text);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var word = WordprocessingDocument.Open(file, false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        var lines = paragraphs.Select(p => p.InnerText).ToArray();
        Assert.Equal(await File.ReadAllLinesAsync(text), lines);
        var published = FindingsSection(Published);
        var regenerated = FindingsSection(lines);
        Assert.Equal(58, regenerated.Length);
        Assert.Equal(published.Where((_, i) => i % 2 == 1), regenerated.Where((_, i) => i % 2 == 1));
        string? StyleOf(string line) => paragraphs[Array.IndexOf(lines, line)].ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal("Heading1", StyleOf("二、整改进展情况及成效"));
        Assert.All(regenerated.Where((_, i) => i % 2 == 0), h => Assert.Equal("Heading2", StyleOf(h)));
        var fonts = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal("SimSun", fonts.EastAsia?.Value);
        Assert.Equal(lines, RawDocumentParagraphs(file));
    }

    /// <summary>A second reader: the paragraphs' text straight from word/document.xml in the zip.</summary>
    private static string[] RawDocumentParagraphs(string path)
    {
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return [.. XDocument.Load(stream).Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)))];
    }

    [Fact]
    public async Task TheDocumentHasThePublishedStructureAroundTheFindings()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("announcement.txt");

        await host.RunAsync("export", "--format", "txt", "--out", file);

        var regenerated = await File.ReadAllLinesAsync(file);
        Assert.StartsWith("按照市委巡察工作统一部署,2023年7月13日至2023年8月31日,市委第六巡察组对", regenerated[0], StringComparison.Ordinal);
        Assert.Equal(Published[1..5], regenerated[1..5]);
        var closing = Array.IndexOf(Published, "三、推进巡察整改工作打算");
        Assert.Equal(Published[closing..^3], regenerated[Array.IndexOf(regenerated, "三、推进巡察整改工作打算")..^2]);
    }

    [Fact]
    public async Task ProgressReportedSinceTheAnnouncementFollowsItsFindingsStatement()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("assign", "14", "--leader", "张三");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Domain.Storage.LedgerDbContext>();
            var finding = await db.Findings.Include(f => f.Measures).Include(f => f.History).SingleAsync(f => f.Number == 14);
            finding.RecordMeasureProgress(3, MeasureStatus.Completed, null, "事业单位班子已组建完成。", new ProgressAuthor("u1", "李四", ProgressSource.Chat, "msteams"), new DateTime(2024, 7, 2, 2, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        }

        var file = host.TemporaryFile("announcement.md");
        await host.RunAsync("export", "--format", "md", "--out", file);

        var markdown = await File.ReadAllTextAsync(file);
        var heading = markdown.IndexOf("### 14\\.关于“", StringComparison.Ordinal);
        var next = markdown.IndexOf("### 15\\.关于“", StringComparison.Ordinal);
        Assert.True(heading >= 0 && next > heading, markdown[..Math.Min(300, markdown.Length)]);
        Assert.Contains("截至2024年7月2日,三是措施最新进展:事业单位班子已组建完成。", markdown[heading..next], StringComparison.Ordinal);
        Assert.Contains("## 二、整改进展情况及成效", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEnglishTemplateKeepsTheStructureAndTheStatements()
    {
        await using var host = await CommandHost.StartAsync();
        var file = host.TemporaryFile("announcement-en.txt");

        await host.RunAsync("export", "--format", "txt", "--out", file, "--language", "en");

        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("2. Progress and results of the rectification", text, StringComparison.Ordinal);
        Assert.Contains("14. On the problem “", text, StringComparison.Ordinal);
        Assert.StartsWith("As arranged by the municipal inspection work, from 13 July 2023 to 31 August 2023", text, StringComparison.Ordinal);
    }

    private static string HeadingTitle(string heading) => heading[..(heading.LastIndexOf('”') + 1)];

    /// <summary>From 二、 (the findings) up to 三、 (the plans): the statements the ledger must reproduce.</summary>
    private static string[] FindingsSection(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith("二、", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("三、", StringComparison.Ordinal));
        return lines[(start + 1)..end];
    }

    private static string PublishedPath()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Rectification.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder!.FullName, "Rectification.Domain", "Import", "Announcements", BundledAnnouncement.DocumentName + ".txt");
    }
}
