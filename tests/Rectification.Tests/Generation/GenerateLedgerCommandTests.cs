using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Administration;
using Rectification.Bot.Hosting.Commands;
using Rectification.Tests.Administration;

namespace Rectification.Tests.Generation;

public sealed class GenerateLedgerCommandTests
{
    [Fact]
    public async Task Generate_ledger_fills_a_fresh_ledger_once_and_refuses_to_add_to_it_without_force()
    {
        await using var host = await CommandHost.StartAsync();

        var first = await host.RunAsync("generate-ledger", "--inspections", "2", "--findings", "5", "--measures", "3", "--progress", "4", "--seed", "3");
        var second = await host.RunAsync("generate-ledger", "--inspections", "2", "--findings", "5");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("Generated 2 inspections, 10 findings, 30 measures", first.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, second.ExitCode);
        Assert.Contains("Nothing was written.", second.Error, StringComparison.Ordinal);
        Assert.Equal(3, await host.ReadAsync(db => db.Inspections.CountAsync()));
    }

    [Theory]
    [InlineData("--inspections")]
    [InlineData("--inspections", "0")]
    [InlineData("--findings", "-5")]
    [InlineData("--findings", "1000000", "--inspections", "2")]
    [InlineData("--rounds", "3")]
    [InlineData("--progress", "0")]
    public void Generate_ledger_refuses_a_missing_unknown_or_out_of_range_value(params string[] words) =>
        Assert.Null(GenerateLedgerCommand.Parse(words));

    [Fact]
    public void Generate_ledger_defaults_to_100_rounds_of_1000_findings_with_4_measures_and_10_entries()
    {
        var options = GenerateLedgerCommand.Parse([])!;

        Assert.Equal((100, 1_000, 4, 10, false), (options.Inspections, options.Findings, options.Measures, options.Progress, options.Force));
        Assert.True(GenerateLedgerCommand.Parse(["--force", "--seed", "9"])! is { Force: true, Seed: 9 });
    }
}
