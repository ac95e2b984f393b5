using System.Text.Json.Nodes;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Telegram;

public sealed class TelegramCardRendererTests
{
    [Fact]
    public void TextBlocksFactsAndColumnsBecomeCompactHtmlWithEveryTextEscaped()
    {
        var card = new AdaptiveCard(CardVersion.V1_2);
        card.Body.Add(new TextBlock("第14项 <整改中>") { Weight = TextWeight.Bolder });
        card.Body.Add(new FactSet([new Fact("责任部门", "A & B <办公室>")]));
        card.Body.Add(new ColumnSet([
            new Column(ColumnWidth.Auto, [new TextBlock("1")]),
            new Column(ColumnWidth.Stretch, [new TextBlock("措施一"), new TextBlock("说明")]),
        ]));
        card.Body.Add(new Container([new TextBlock("备注") { IsSubtle = true }]) { Spacing = Spacing.Medium });

        var rendered = TelegramCardRenderer.Render(card, Texts.Chinese);

        Assert.Equal("<b>第14项 &lt;整改中&gt;</b>\n<b>责任部门</b> A &amp; B &lt;办公室&gt;\n1 措施一\n说明\n\n<i>备注</i>", rendered.Html);
        Assert.Empty(rendered.Keyboard);
    }

    [Fact]
    public void SubmitAndOpenUrlActionsBecomeCallbackAndUrlButtons()
    {
        var card = new AdaptiveCard(CardVersion.V1_2);
        card.Body.Add(new TextBlock("x"));
        card.Actions.Add(new SubmitAction { Title = "汇报进展", Data = CardSubmitData.ForFinding(CardIntents.Report, 14).ToJson() });
        card.Actions.Add(new OpenUrlAction(new Uri("https://example.org/a?b=1&c=2")) { Title = "打开" });

        var buttons = TelegramCardRenderer.Render(card, Texts.Chinese).Keyboard.SelectMany(row => row).ToList();

        Assert.Equal(2, buttons.Count);
        Assert.Equal("汇报进展", buttons[0].Title);
        Assert.Equal(new CardSubmitData(CardIntents.Report, 14), CardSubmitData.TryRead(buttons[0].Data));
        Assert.Equal(new Uri("https://example.org/a?b=1&c=2"), buttons[1].Url);
    }

    [Fact]
    public void TappableRowsBecomeButtonsTitledWithTheRowsFirstWordsSideBySide()
    {
        var card = new AdaptiveCard(CardVersion.V1_2);
        foreach (var number in new[] { 3, 14 })
        {
            card.Body.Add(new ColumnSet([new Column(ColumnWidth.Auto, [new TextBlock(number.ToString(System.Globalization.CultureInfo.InvariantCulture))])])
            {
                SelectAction = new SubmitAction { Data = CardSubmitData.ForFinding(CardIntents.Status, number).ToJson() },
            });
        }

        var keyboard = TelegramCardRenderer.Render(card, Texts.Chinese).Keyboard;

        var row = Assert.Single(keyboard);
        Assert.Equal(["3", "14"], row.Select(b => b.Title));
        Assert.Equal(14, CardSubmitData.TryRead(row[1].Data)?.Finding);
    }

    [Fact]
    public void ChoicesBecomeButtonsSubmittingTheCardsDataWithTheChoiceAndTextFieldsSayWhatToTypeInstead()
    {
        var card = new AdaptiveCard(CardVersion.V1_5);
        card.Body.Add(new ChoiceSetInput("status", [new InputChoice("整改中", "InProgress"), new InputChoice("已完成", "Completed")]) { Label = "状态" });
        card.Body.Add(new TextInput("description") { Label = "进展说明" });
        card.Actions.Add(new SubmitAction { Title = "提交", Data = new CardSubmitData("progress-form", 14).ToJson() });

        var rendered = TelegramCardRenderer.Render(card, Texts.Chinese);

        var choice = rendered.Keyboard.SelectMany(row => row).First(b => b.Title == "已完成");
        Assert.Equal("Completed", (string?)choice.Data?["status"]);
        Assert.Equal("progress-form", (string?)choice.Data?["intent"]);
        Assert.Contains(TelegramHtml.Escape(Texts.Chinese.TypeInsteadOfForm(Texts.Chinese.FieldList(["进展说明"]))), rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageWithoutACardIsItsTextEscapedAndItsSuggestionsAreButtonsThatSendTheirText()
    {
        var message = new OutboundMessage { Text = "<b>x</b> & y", Suggestions = [new Suggestion("帮助", "帮助")] };

        var rendered = TelegramMessageRenderer.Render(message);

        Assert.Equal("&lt;b&gt;x&lt;/b&gt; &amp; y", rendered.Html);
        var button = Assert.Single(Assert.Single(rendered.Keyboard));
        Assert.Equal(CardSubmitData.TypedText("帮助"), CardSubmitData.TryRead(button.Data));
    }

    [Fact]
    public void MarkdownTextKeepsItsBoldAndIsEscaped()
    {
        var rendered = TelegramMessageRenderer.Render(new OutboundMessage { Text = "**本周周报** a<b", Format = TextFormat.Markdown });

        Assert.Equal("<b>本周周报</b> a&lt;b", rendered.Html);
    }

    [Fact]
    public void ImagesBecomeLinksWithEscapedAddresses()
    {
        var card = new AdaptiveCard(CardVersion.V1_2);
        card.Body.Add(new Image(new Uri("https://example.org/chart.png?a=1&b=\"2\"")) { AltText = "图表 <1>" });

        Assert.Equal("<a href=\"https://example.org/chart.png?a=1&amp;b=%222%22\">图表 &lt;1&gt;</a>", TelegramCardRenderer.Render(card, Texts.Chinese).Html);
    }

    [Fact]
    public void CallbackDataOfOurButtonsIsCompactAndReadBack()
    {
        var status = CardSubmitData.ForFinding(CardIntents.Status, 14).ToJson();
        var typed = CardSubmitData.TypedText("列出整改中的问题").ToJson();

        Assert.Equal("status|14", CallbackData.TryEncodeInline(status));
        Assert.Equal("text|||列出整改中的问题", CallbackData.TryEncodeInline(typed));
        Assert.True(JsonNode.DeepEquals(status, CallbackData.DecodeInline("status|14")));
        Assert.True(JsonNode.DeepEquals(typed, CallbackData.DecodeInline("text|||列出整改中的问题")));
    }

    [Fact]
    public void TheCardsLanguageTravelsWithTheCompactData()
    {
        var status = CardSubmitData.ForFinding(CardIntents.Status, 14).ToJson();
        status[CardLanguage.DataMember] = "en";

        Assert.Equal("status|14|en", CallbackData.TryEncodeInline(status));
        Assert.Equal(Language.English, CardSubmitData.TryRead(CallbackData.DecodeInline("status|14|en"))?.Language);
    }

    [Fact]
    public void DataThatIsNotOnlyOursTravelsAsJsonAndDataOverSixtyFourBytesDoesNotFitInline()
    {
        var form = new CardSubmitData("progress-form", 14).ToJson();
        form["status"] = "Completed";
        var encoded = CallbackData.TryEncodeInline(form);

        Assert.NotNull(encoded);
        Assert.True(JsonNode.DeepEquals(form, CallbackData.DecodeInline(encoded)));
        Assert.Null(CallbackData.TryEncodeInline(CardSubmitData.TypedText(new string('长', 30)).ToJson()));
    }

    [Fact]
    public void ShortButtonsShareARowAndALongOneHasItsOwn()
    {
        var buttons = new[] { "是", "否", "这是一个很长很长很长很长很长的按钮标题" }.Select(t => new TelegramButton(t, Data: [])).ToList();

        var rows = TelegramKeyboardLayout.Rows(buttons);

        Assert.Equal([2, 1], rows.Select(r => r.Count));
    }
}
