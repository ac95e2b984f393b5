using BenchmarkDotNet.Attributes;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.Import;

namespace Rectification.Benchmarks;

/// <summary>
/// Understanding one message against the 29 findings of the bundled announcement (the ledger's seed), with the
/// context built as the tests' AnnouncementFindings builds it.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private readonly MessageRecognizer _recognizer = new();
    private RecognitionContext _context = null!;

    [Params("status of item 14", "第十四项进展如何", "汉融通", "list open items", "未完成的问题")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _context = new RecognitionContext(AnnouncementFindingTexts());

    [Benchmark]
    public RecognizedMessage Recognize() => _recognizer.Recognize(Text, _context);

    internal static List<FindingText> AnnouncementFindingTexts() =>
    [
        .. BundledAnnouncement.Parse().Findings.Select(f => new FindingText(f.Number, f.Title, [.. f.Measures.Select(m => m.Text), .. f.NextSteps])),
    ];
}

/// <summary>Building the recognition context (numbers and keyword index) of the 29 findings, which a turn does today.</summary>
[MemoryDiagnoser]
public class RecognitionContextBenchmarks
{
    private List<FindingText> _findings = [];

    [GlobalSetup]
    public void Setup() => _findings = RecognizerBenchmarks.AnnouncementFindingTexts();

    [Benchmark]
    public RecognitionContext BuildContext() => new(_findings);
}
