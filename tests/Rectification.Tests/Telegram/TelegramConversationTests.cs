using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.Telegram;

/// <summary>The bot in Telegram, end to end: updates posted to the webhook, answers through the real client to the fake Bot API.</summary>
public sealed class TelegramConversationTests(TelegramBotHost host) : IClassFixture<TelegramBotHost>
{
    [Fact]
    public async Task StatusCommandIsAnsweredWithTheFindingsCardAsHtmlAndItsButtons()
    {
        var chat = host.NewChat();

        var answer = Assert.Single(TelegramChat.Messages(await chat.SayAsync("/status 14")));

        Assert.Equal("sendMessage", answer.Method);
        Assert.Equal(chat.Key, answer.ChatId);
        Assert.Equal("html", answer.Body["parse_mode"]?.GetValue<string>(), ignoreCase: true);
        Assert.StartsWith("<b>第14项 · 整改中</b>\n金融发展促进中心组建有名无实", answer.Text, StringComparison.Ordinal);
        Assert.Contains("\n<b>责任部门</b> 未指定\n", answer.Text, StringComparison.Ordinal);
        Assert.Contains("\n<b>整改措施</b>\n<b>1</b> <b>已完成</b>\n", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["汇报进展", "历史记录"], answer.Keyboard.SelectMany(row => row).Select(b => b["text"]!.GetValue<string>()));
        Assert.Equal("report|14|zh", answer.CallbackData("汇报进展"));
    }

    [Fact]
    public async Task AChineseQuestionIsAnsweredInChinese()
    {
        var chat = host.NewChat(languageCode: "en");

        var answer = Assert.Single(TelegramChat.Messages(await chat.SayAsync("第十四项进展如何")));

        Assert.StartsWith("<b>第14项 · 整改中</b>", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishClientGetsTheEnglishAnswerToACommand()
    {
        var chat = host.NewChat(languageCode: "en");

        var answer = Assert.Single(TelegramChat.Messages(await chat.SayAsync("/status 14")));

        Assert.StartsWith("<b>Item 14", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserTextWithMarkupArrivesEscaped()
    {
        var chat = host.NewChat();
        var measures = TelegramChat.Messages(await chat.SayAsync("/report 5")).Last();
        var description = TelegramChat.Messages(await chat.PressAsync(measures, "整体")).Last();
        Assert.DoesNotContain("<", description.Text, StringComparison.Ordinal);

        var next = TelegramChat.Messages(await chat.SayAsync("<b>x</b> & y")).Last();
        var confirm = TelegramChat.Messages(await chat.PressAsync(next, "无")).Last();

        Assert.Contains("&lt;b&gt;x&lt;/b&gt; &amp; y", confirm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", confirm.Text, StringComparison.Ordinal);
        await chat.SayAsync("取消");
    }

    [Fact]
    public async Task AnInlineButtonIsAnsweredAndItsCardTakesThePressedMessagesPlace()
    {
        var chat = host.NewChat();
        var card = Assert.Single(TelegramChat.Messages(await chat.SayAsync("/status 14")));

        var calls = await chat.PressAsync(card, "历史记录");

        var answered = Assert.Single(calls, c => c.Method == "answerCallbackQuery");
        Assert.StartsWith("cbq-", answered.Body["callback_query_id"]?.GetValue<string>(), StringComparison.Ordinal);
        var edited = Assert.Single(TelegramChat.Messages(calls));
        Assert.Equal("editMessageText", edited.Method);
        Assert.Equal(card.MessageId, edited.Body["message_id"]?.GetValue<int>());
        Assert.Contains("第14项", edited.Text, StringComparison.Ordinal);
        Assert.NotEqual(card.Text, edited.Text);
    }

    [Fact]
    public async Task AWholeProgressReportIsMadeWithButtonsAndRecordedInTheLedger()
    {
        var chat = host.NewChat();
        var card = TelegramChat.Only(await chat.SayAsync("/status 18"));

        var measures = TelegramChat.Only(await chat.PressAsync(card, "汇报进展"));
        Assert.Contains("要汇报哪条措施", measures.Text, StringComparison.Ordinal);
        var statuses = TelegramChat.Only(await chat.PressAsync(measures, "措施3"));
        var description = TelegramChat.Only(await chat.PressAsync(statuses, "推进中"));
        var evidence = TelegramChat.Only(await chat.SayAsync("已开展融资信用辅导三场"));
        var confirm = TelegramChat.Only(await chat.PressAsync(evidence, "无"));
        Assert.Contains("<b>新状态</b> 推进中", confirm.Text, StringComparison.Ordinal);
        var recorded = TelegramChat.Messages(await chat.PressAsync(confirm, "确认保存"));

        Assert.Contains(recorded, m => m.Text!.Contains("已记录第18项的进展", StringComparison.Ordinal));
        using var scope = host.Factory.Services.CreateScope();
        var finding = await scope.ServiceProvider.GetRequiredService<LedgerQueries>().GetFindingAsync(18, CancellationToken.None);
        Assert.Equal(MeasureStatus.InProgress, finding!.FindMeasure(3)!.Status);
        var entry = finding.LastEntry!;
        Assert.Equal("已开展融资信用辅导三场", entry.Description);
        Assert.Equal(3, entry.MeasureOrdinal);
        Assert.Equal("李 明", entry.AuthorName);
    }

    [Fact]
    public async Task AWebhookRequestWithAWrongOrMissingSecretGets401AndIsNotProcessed()
    {
        var chat = host.NewChat();
        var update = FakeTelegramUpdates.Message(host.NextUpdateId(), "/status 14", chat.ChatId, fromId: chat.ChatId);
        var before = host.Api.CallsOf("sendMessage").Count;

        Assert.Equal(HttpStatusCode.Unauthorized, await host.PostAsync(update, secret: null));
        Assert.Equal(HttpStatusCode.Unauthorized, await host.PostAsync(update, secret: "wrong-secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, await host.PostAsync(update, secret: TelegramBotHost.Secret + "x"));

        Assert.Equal(before, host.Api.CallsOf("sendMessage").Count);
        // Not claimed either: the same update with the right secret is handled.
        Assert.Single(TelegramChat.Messages(await host.DeliverAsync(update)));
    }

    [Fact]
    public async Task ADuplicatedUpdateIsHandledOnce()
    {
        var chat = host.NewChat();
        var update = FakeTelegramUpdates.Message(host.NextUpdateId(), "/status 14", chat.ChatId, fromId: chat.ChatId);

        var first = await host.DeliverAsync(update);
        var again = await host.DeliverAsync(update);

        Assert.Single(TelegramChat.Messages(first));
        Assert.Empty(again);
    }

    [Fact]
    public async Task A429IsRetriedAfterItsRetryAfter()
    {
        var chat = host.NewChat();
        host.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);

        var calls = TelegramChat.Messages(await chat.SayAsync("/status 14"));

        Assert.Equal(2, calls.Count);
        Assert.Equal(429, calls[0].Failed?.ErrorCode);
        Assert.Null(calls[1].Failed);
        Assert.Equal(calls[0].Text, calls[1].Text);
        Assert.Equal(chat.Key, calls[1].ChatId);
    }

    [Fact]
    public async Task ACommandForAnotherBotInAGroupIsIgnoredAndOneForThisBotIsAnswered()
    {
        const long group = -100200300;
        var other = await host.DeliverAsync(FakeTelegramUpdates.Message(host.NextUpdateId(), "/status@OtherBot 14", group, chatType: "supergroup"));
        var ours = await host.DeliverAsync(FakeTelegramUpdates.Message(host.NextUpdateId(), $"/status@{FakeTelegramBotApi.BotUsername} 14", group, chatType: "supergroup"));

        Assert.Empty(other);
        var answer = Assert.Single(TelegramChat.Messages(ours));
        Assert.Equal("-100200300", answer.ChatId);
        Assert.StartsWith("<b>第14项", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartWelcomesThePersonOnceAndThenHelps()
    {
        var chat = host.NewChat();

        var welcome = Assert.Single(TelegramChat.Messages(await chat.SayAsync("/start")));
        var help = Assert.Single(TelegramChat.Messages(await chat.SayAsync("/start")));

        Assert.Contains(Rectification.Bot.Localization.Texts.Chinese.WelcomeTitle, welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Rectification.Bot.Localization.Texts.Chinese.WelcomeTitle, help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandMenuIsRegisteredInChineseEnglishAndByDefault()
    {
        var menus = await host.Api.WaitForAsync("setMyCommands", 3);

        Assert.Equal(["zh", "en", null], menus.Select(m => m.Body["language_code"]?.GetValue<string>()));
        Assert.All(menus, m => Assert.Equal(15, m.Body["commands"]!.AsArray().Count));
        Assert.Equal("/start", "/" + menus[0].Body["commands"]![0]!["command"]!.GetValue<string>());
        var webhook = Assert.Single(host.Api.CallsOf("setWebhook"));
        Assert.Equal(TelegramBotHost.WebhookUrl, webhook.Body["url"]?.GetValue<string>());
        Assert.Equal(TelegramBotHost.Secret, webhook.Body["secret_token"]?.GetValue<string>());
    }
}
