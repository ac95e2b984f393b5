using Rectification.Bot.Cards.Questions;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Cards.Text;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Cards;

/// <summary>The cards answering people's everyday questions: what they say, in both languages (schema checks run over the catalog).</summary>
public sealed class QuestionCardsTests
{
    [Fact]
    public void TheDepartmentCardCountsEachStatusAndShowsTheDeadlines()
    {
        var text = CardTextRenderer.Render(DepartmentFindingsCard.Build("科技金融处的问题（5）", QuestionCards.DepartmentRows(), Texts.Chinese));

        Assert.Contains("整改中 2 · 已完成待销号 2 · 已销号 1", text, StringComparison.Ordinal);
        Assert.Contains("时限 2024年9月30日", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Chinese, "75%", "已完成 22/29 个问题（含已销号）", "7（其中重新打开 1）", "已完成 75/79（94%）")]
    [InlineData(Language.English, "75%", "22 of 29 items completed", "7 (1 reopened)", "75 of 79 completed (94%)")]
    public void TheOverallCardGivesTheCompletionRateAndTheTotalsByStatus(Language language, params string[] expected)
    {
        var text = CardTextRenderer.Render(OverallProgressCard.Build(QuestionCards.Overall(), Texts.For(language)));

        Assert.All(expected, part => Assert.Contains(part, text, StringComparison.Ordinal));
    }

    [Fact]
    public void TheOverallCardsButtonsAskTheNextQuestionsAsTyped()
    {
        var json = CardSerializer.ToJson(OverallProgressCard.Build(QuestionCards.Overall(), Texts.Chinese));

        Assert.Contains("""{"intent":"text","text":"待销号的问题"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"intent":"text","text":"本周有什么变化"}""", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Chinese, "本周变化（7月8日起）", "第3项")]
    [InlineData(Language.English, "This week's changes (since Monday Jul 8)", "Item 3")]
    public void TheWeekCardGroupsTheEntriesByFinding(Language language, string title, string finding)
    {
        var week = QuestionCards.Week();
        var text = CardTextRenderer.Render(WeekChangesCard.Build(week, Texts.For(language)));

        Assert.StartsWith(title, text, StringComparison.Ordinal);
        Assert.Contains(finding, text, StringComparison.Ordinal);
        Assert.Equal(week.Changes.FindingsChanged, week.Changes.Shown.Select(c => c.FindingNumber).Distinct().Count());
    }
}
