using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Questions;

/// <summary>
/// A bot whose ledger was prepared once for the question tests: an admin, a leader without a department, a staff
/// member of 科技金融处, four findings assigned to it (11 signed off, 12 awaiting sign-off, 13 and 14 in progress with
/// deadlines), and finding 20 signed off and reopened. Every change was made this week, through chat where people make it.
/// </summary>
public sealed partial class QuestionLedger : IAsyncLifetime, IDisposable
{
    public const string Department = "科技金融处";

    private readonly BotFixture _bot = new();

    public BotClient Client => _bot.Client;

    public BotApplicationFactory Factory => _bot.Factory;

    public async Task InitializeAsync()
    {
        await Factory.AddPersonAsync("admin-wang", "王管理", PersonRole.Admin);
        await Factory.AddPersonAsync("leader-zhao", "赵领导", PersonRole.Leader);
        await Factory.AddPersonAsync("staff-li", "李科技", PersonRole.Staff, Department);
        await AssignAsync(11, new DateOnly(2024, 10, 31));
        await AssignAsync(12, null);
        await AssignAsync(14, new DateOnly(2024, 12, 31));
        await AssignAsync(13, new DateOnly(2024, 9, 30));
        await Client.AskAsync("销号第二十项，理由：已现场核实", "leader-zhao");
        await Client.AskAsync("重新打开第二十项：反弹回潮", "leader-zhao");
        await Client.AskAsync("销号第十一项，理由：已现场核实", "leader-zhao");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _bot.Dispose();

    /// <summary>The findings a card opens when tapped, in the card's order.</summary>
    public static IReadOnlyList<int> FindingsOf(JsonObject card) =>
        [.. StatusTap().Matches(card.ToJsonString()).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task AssignAsync(int number, DateOnly? deadline)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
            .AssignAsync(Actor.Operator("test"), number, Department, null, deadline, null, CancellationToken.None);
        Assert.IsType<ProgressRecorded>(outcome);
    }

    [GeneratedRegex("""\{"intent":"status","finding":(\d+)(?:,"lang":"[a-z]+")?\}""")]
    private static partial Regex StatusTap();
}
