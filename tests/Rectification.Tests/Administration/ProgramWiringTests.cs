using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Hosting.Commands;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Administration;

/// <summary>The real Program (seeded from the bundled announcement) offers the administration verbs and rules.</summary>
public sealed class ProgramWiringTests
{
    [Fact]
    public async Task The_bot_runs_people_add_and_assign_in_their_documented_forms_against_its_own_database()
    {
        var output = new StringBuilder();
        using var factory = new CapturingFactory(new CommandOutput(new StringWriter(output), new StringWriter(output)));
        factory.InProduction().With("MicrosoftAppId", "00000000-0000-0000-0000-0000000000aa").With("MicrosoftAppPassword", "test-secret");
        await using var scope = factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IBotCommand>().ToDictionary(c => c.Name);

        var added = await commands["people"].RunAsync(["add", "--id", "29:1abc", "--name", "李四", "--role", "staff", "--department", "综合处"], CancellationToken.None);
        var assigned = await commands["assign"].RunAsync(["14", "--department", "综合处", "--leader", "张三", "--due", "2024-09-30"], CancellationToken.None);

        Assert.Equal((0, 0), (added, assigned));
        Assert.Contains("Added staff 李四 (id 29:1abc, department 综合处)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Finding 14 assigned: 责任部门：- → 综合处", output.ToString(), StringComparison.Ordinal);
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var finding = await db.Findings.AsNoTracking().SingleAsync(f => f.Number == 14);
        Assert.Equal(("综合处", "张三", (DateOnly?)new DateOnly(2024, 9, 30)), (finding.ResponsibleDepartment, finding.ResponsibleLeader, finding.Deadline!.Date));
        Assert.False(scope.ServiceProvider.GetRequiredService<ReportingRules>().AllowUnknownUsers);
    }

    private sealed class CapturingFactory(CommandOutput output) : BotApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(output));
        }
    }
}
