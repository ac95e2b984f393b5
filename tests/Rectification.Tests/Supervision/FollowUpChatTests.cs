using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Supervision;

/// <summary>
/// 回头看 end to end in chat, on a fake clock across the National Day break of 2026 (10-01…10-07 off, Saturday 10-10 a
/// make-up working day): the check is planned at sign-off, asked on a working day, reminded to the department's head,
/// escalated to the leader and the administrators, and answered by typing or tapping.
/// </summary>
public sealed class FollowUpChatTests
{
    private static DateTimeOffset Shanghai(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task ACheckDueOnAHolidayIsAskedOnTheNextWorkingDayAndNoRecurrenceIsRecorded()
    {
        // Signed off Wednesday 2026-07-01: three months later is 10-01, a holiday; the first working day after is 10-08.
        using var bot = await FollowUpBot.StartAsync(Shanghai(2026, 7, 1));
        Assert.Contains("已销号", Texts(await bot.Client.AskAsync("销号第十一项，理由：已现场核实", "leader-zhao")), StringComparison.Ordinal);
        await bot.FireAsync();

        var early = Texts(await bot.Client.AskAsync("第11项回头看：未反弹", "staff-li"));
        Assert.Contains("下一次回头看在2026年10月8日", early, StringComparison.Ordinal);

        bot.Clock.SetUtcNow(Shanghai(2026, 10, 1));
        Assert.Equal(0, await bot.FireAsync());
        Assert.Empty(bot.Sent);

        bot.Clock.SetUtcNow(Shanghai(2026, 10, 8));
        Assert.True(await bot.FireAsync() > 0);
        Assert.Equal(["staff-li"], bot.ReceiversOf("回头看 · 第11项（销号后3个月）"));
        var question = bot.Sent.First(s => s.To.UserId == "staff-li").Message;
        var buttons = question.Card!.Actions.OfType<Bot.Cards.Model.SubmitAction>().Select(a => a.Data!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["第11项回头看：未反弹", "第11项回头看：反弹"], buttons);

        // The "no" button, with a note typed into the card.
        var tapped = new JsonObject { ["intent"] = "text", ["text"] = "第11项回头看：未反弹", ["lang"] = "zh", ["note"] = "已抽查三家机构" };
        var recorded = Texts(await bot.Client.SendAsync(TestActivities.CardSubmit(tapped, "staff-li")));
        Assert.Contains("已记录第11项回头看（销号后3个月）：未反弹", recorded, StringComparison.Ordinal);

        var history = await HistoryAsync(bot, ProgressEntryKind.FollowUpCheck);
        Assert.Equal("回头看（销号后3个月）：未反弹；已抽查三家机构", Assert.Single(history).Description);
        Assert.Equal(FindingStatus.SignedOff, (await FindingAsync(bot)).Status);

        var sent = bot.Sent.Count;
        bot.Clock.SetUtcNow(Shanghai(2026, 10, 9));
        Assert.Equal(0, await bot.FireAsync());
        Assert.Equal(sent, bot.Sent.Count);
    }

    [Fact]
    public async Task AnUnansweredCheckIsRemindedToTheHeadThenEscalatedAndARecurrenceReopensTheFindingRed()
    {
        // Signed off Friday 2026-07-10: three months later is Saturday 10-10, a make-up working day, so it is asked then.
        using var bot = await FollowUpBot.StartAsync(Shanghai(2026, 7, 10));
        Assert.Contains("处室负责人", Texts(await bot.Client.AskAsync("设为部门负责人 head-qian", "admin-wang")), StringComparison.Ordinal);
        Assert.Contains("只有管理员", Texts(await bot.Client.AskAsync("设为部门负责人 staff-li", "staff-li")), StringComparison.Ordinal);
        await bot.Client.AskAsync("销号第十一项，理由：已现场核实", "leader-zhao");
        await bot.FireAsync();

        bot.Clock.SetUtcNow(Shanghai(2026, 10, 10));
        await bot.FireAsync();
        Assert.Equal(["staff-li"], bot.ReceiversOf("回头看 · 第11项"));

        // Five working days to answer (10-12…10-16); from Monday 10-19 it is yellow: reminded.
        bot.Clock.SetUtcNow(Shanghai(2026, 10, 16));
        Assert.Equal(0, await bot.FireAsync());
        bot.Clock.SetUtcNow(Shanghai(2026, 10, 19));
        Assert.True(await bot.FireAsync() > 0);
        Assert.Equal(["head-qian", "staff-li"], bot.ReceiversOf("黄色督办 · 回头看已超过答复时限 1 个工作日"));

        // More than ten working days late (11-02): red, to the responsible leader and the administrators as well.
        bot.Clock.SetUtcNow(Shanghai(2026, 11, 2));
        await bot.FireAsync();
        Assert.Equal(["admin-wang", "head-qian", "leader-zhao", "staff-li"], bot.ReceiversOf("红色督办 · 回头看已超过答复时限 11 个工作日"));

        var refused = Texts(await bot.Client.AskAsync("第11项回头看：反弹", "staff-sun"));
        Assert.Contains("由其他处室负责", refused, StringComparison.Ordinal);
        Assert.Contains("王管理", refused, StringComparison.Ordinal);

        var replies = await bot.Client.AskAsync("第11项回头看：反弹，原因：又出现违规收费", "staff-li");
        Assert.Contains("累计反弹 1 次", Texts(replies), StringComparison.Ordinal);
        var card = BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("红色督办", card, StringComparison.Ordinal);
        Assert.Contains("反弹回潮 1 次", card, StringComparison.Ordinal);

        var finding = await FindingAsync(bot);
        Assert.Equal((FindingStatus.InProgress, 1), (finding.Status, finding.RecurrenceCount));
        var reopening = Assert.Single(await HistoryAsync(bot, ProgressEntryKind.Reopen));
        Assert.Equal("回头看（销号后3个月）：反弹回潮；又出现违规收费", reopening.Description);

        // The responsible leader's digest starts with their finding, and its supervision section shows the recurrence.
        var digest = BotClient.CardOf(await bot.Client.AskAsync("本周到目前为止的周报", "leader-zhao")).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("赵领导是第11项的责任领导", digest, StringComparison.Ordinal);
        Assert.Contains("督办情况", digest, StringComparison.Ordinal);
        Assert.Contains("反弹回潮（回头看发现）：第11项 1 次", digest, StringComparison.Ordinal);
        Assert.Matches("红色督办（\\d+）：第[0-9、]*11", digest);

        // The reopening voids the sign-off's later check: nothing more is asked.
        var sent = bot.Sent.Count;
        bot.Clock.SetUtcNow(Shanghai(2027, 1, 11));
        await bot.FireAsync();
        Assert.DoesNotContain(bot.Sent.Skip(sent), s => s.Message.Text.Contains("回头看 · 第11项", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCheckIsAnsweredInEnglishToo()
    {
        using var bot = await FollowUpBot.StartAsync(Shanghai(2026, 7, 1));
        await bot.Client.AskAsync("sign off item 11 without evidence because it was checked on site", "leader-zhao");
        bot.Clock.SetUtcNow(Shanghai(2026, 10, 8));
        await bot.FireAsync();

        var asked = Texts(await bot.Client.AskAsync("follow-up 11", "staff-li", "en-US"));
        Assert.Contains("Has the problem of this item come back", asked, StringComparison.Ordinal);
        var recorded = Texts(await bot.Client.AskAsync("follow-up 11: no recurrence", "staff-li"));
        Assert.Contains("Follow-up check of item 11 (3 months after sign-off) recorded: no recurrence.", recorded, StringComparison.Ordinal);
    }

    private static string Texts(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static async Task<Finding> FindingAsync(FollowUpBot bot)
    {
        await using var scope = bot.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Findings.AsNoTracking().SingleAsync(f => f.Number == 11);
    }

    private static async Task<List<ProgressEntry>> HistoryAsync(FollowUpBot bot, ProgressEntryKind kind)
    {
        await using var scope = bot.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().ProgressEntries.AsNoTracking()
            .Where(e => e.Finding!.Number == 11 && e.Kind == kind).ToListAsync();
    }
}
