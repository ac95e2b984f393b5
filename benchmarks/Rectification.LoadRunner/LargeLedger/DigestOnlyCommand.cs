using Rectification.LoadRunner.Hosts;

namespace Rectification.LoadRunner.LargeLedger;

/// <summary>
/// `--large-ledger FILE --digest-only`: the bot started in-process on a copy of FILE, the weekly digest of its current
/// round timed (<see cref="LargeLedgerFigures"/>), no questions asked: for a single round of 100,000 findings, whose
/// status questions are not what is measured.
/// </summary>
public static class DigestOnlyCommand
{
    public static async Task<int> RunAsync(string ledgerPath, CancellationToken cancellationToken)
    {
        using var bot = new InProcessBot(ledgerPath);
        bot.Start();
        var figures = await LargeLedgerFigures.MeasureAsync(bot.Services, Console.Error, cancellationToken);
        LargeLedgerFigures.Write(figures, Console.Out);
        return 0;
    }
}
