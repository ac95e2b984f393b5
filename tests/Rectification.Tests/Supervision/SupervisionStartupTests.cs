using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Rectification.Tests.BotFramework.Authentication;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Supervision;

/// <summary>The calendar at start-up: a year without a notice is said, and a calendar file that cannot be read stops the bot.</summary>
public sealed class SupervisionStartupTests
{
    [Fact]
    public void AYearAheadWithoutAHolidayNoticeIsWarnedAboutAtStartUp()
    {
        using var log = new CollectingLoggerProvider();
        using var factory = new ClockedFactory(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), log);

        factory.StartServer();

        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("holiday notice", StringComparison.Ordinal));
        Assert.Contains("2027", warning.Text, StringComparison.Ordinal);
        Assert.Contains("Supervision:CalendarFiles", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AYearCoveredWithTheNextSaysNothing()
    {
        using var log = new CollectingLoggerProvider();
        using var factory = new ClockedFactory(new DateTimeOffset(2025, 6, 2, 2, 0, 0, TimeSpan.Zero), log);

        factory.StartServer();

        Assert.DoesNotContain(log.Entries, e => e.Text.Contains("holiday notice", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExtraCalendarFileCoveringTheNextYearSilencesTheWarning()
    {
        using var log = new CollectingLoggerProvider();
        var file = Path.Combine(Path.GetTempPath(), "calendar-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, "covers 2027\n2027-01-01 holiday 元旦\n");
        using var factory = new ClockedFactory(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), log);
        factory.With("Supervision:CalendarFiles:0", file);

        factory.StartServer();

        Assert.DoesNotContain(log.Entries, e => e.Text.Contains("holiday notice", StringComparison.Ordinal));
        File.Delete(file);
    }

    [Theory]
    [InlineData("2027-01-01 vacation", "line 2")]
    [InlineData(null, "does not exist")]
    public void ACalendarFileThatCannotBeReadStopsTheBotNamingTheFile(string? secondLine, string problem)
    {
        var file = Path.Combine(Path.GetTempPath(), "calendar-" + Guid.NewGuid().ToString("N") + ".txt");
        if (secondLine is not null)
        {
            File.WriteAllText(file, "covers 2027\n" + secondLine + "\n");
        }

        using var factory = new BotApplicationFactory().With("Supervision:CalendarFiles:0", file);

        var refusal = Record.Exception(factory.StartServer);

        Assert.NotNull(refusal);
        Assert.Contains(file, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(problem, refusal.Message, StringComparison.Ordinal);
        File.Delete(file);
    }

    private sealed class ClockedFactory(DateTimeOffset now, CollectingLoggerProvider log) : BotApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(log));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
            });
        }
    }
}
