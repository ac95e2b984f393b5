using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Text;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Tests.Cards;

public class CardTextRendererTests
{
    [Fact]
    public void Status_card_reads_as_headings_facts_numbered_measures_next_steps_with_their_status_and_buttons()
    {
        var text = CardTextRenderer.Render(FindingStatusCard.Build(SampleFindings.Item14(), Texts.Chinese, SampleFindings.Shanghai));

        var lines = text.Split('\n');
        Assert.Equal("第14项 · 整改中", lines[0]);
        Assert.Equal("金融发展促进中心组建有名无实，未全面挂牌运转", lines[1]);
        Assert.Contains("责任部门：市金融发展促进中心", lines);
        Assert.Contains("最近更新：张三，2024年6月18日 14:30", lines);
        Assert.Contains("2 推进中 80%", lines);
        Assert.Contains("  定期组织中心同志交心谈心，加强团队凝聚力与战斗力，围绕主责主业在各处室跟班学习，在实践中不断提升自身素质和能力，为实现独立运行履职奠定基础。", lines);
        var nextSteps = Array.IndexOf(lines, "下一步");
        Assert.Equal(["1 推进中 40%", "  依法依规加快事业单位班子组建工作，推动中心全面履行工作职责。"], lines[(nextSteps + 1)..(nextSteps + 3)]);
        Assert.Equal("[汇报进展] [历史记录]", lines[^1]);
    }

    [Fact]
    public void Sections_are_separated_by_one_blank_line()
    {
        var text = CardTextRenderer.Render(FindingStatusCard.Build(SampleFindings.Item14(), Texts.English, SampleFindings.Shanghai));

        Assert.Contains("\n\nMeasures\n1 Completed\n", text, StringComparison.Ordinal);
        Assert.Contains("Department: 市金融发展促进中心", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.False(text.StartsWith('\n') || text.EndsWith('\n'));
    }

    [Fact]
    public void List_rows_read_as_number_title_and_indented_status()
    {
        var rows = new[] { new FindingListRow(14, "金融发展促进中心组建有名无实，未全面挂牌运转", FindingStatus.InProgress) };

        var text = CardTextRenderer.Render(FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.Open, rows), Texts.Chinese));

        Assert.Equal("整改中的问题（1）\n14 金融发展促进中心组建有名无实，未全面挂牌运转\n   整改中", text);
    }

    [Fact]
    public void Help_card_lists_topics_examples_and_example_buttons()
    {
        var text = CardTextRenderer.Render(HelpCard.Build(Texts.English, HelpAudience.Unregistered));

        Assert.StartsWith("What I can do\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\nProgress of one item\n› status of item 14\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Try:\n[status of item 14]\n[list open items]\n[融资担保]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_inputs_and_skips_hidden_elements()
    {
        var card = new AdaptiveCard(CardVersion.V1_5)
        {
            Body =
            {
                new TextBlock("hidden") { IsVisible = false },
                new TextInput("description") { Label = "What was done" },
                new ChoiceSetInput("measure", [new InputChoice("Measure 1", "1"), new InputChoice("Measure 2", "2")]),
                new ToggleInput("done", "Completed"),
            },
            Actions = { new SubmitAction { Title = "Send" } },
        };

        Assert.Equal("What was done: ____\nmeasure: Measure 1 / Measure 2\n[ ] Completed\n\n[Send]", CardTextRenderer.Render(card));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.All), MemberType = typeof(CardCatalog))]
    public void Every_card_has_a_text_form(string name, Language language)
    {
        Assert.False(string.IsNullOrWhiteSpace(CardTextRenderer.Render(CardCatalog.Build(name, language))));
    }
}
