using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Questions;
using Rectification.Bot.Cards.Supervision;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Supervision;

namespace Rectification.Tests.Cards;

/// <summary>Every card the bot can produce, in every language and in its notable variants, by name.</summary>
internal static class CardCatalog
{
    /// <summary>A signed-off finding backed by a web link with Markdown in its name and address, and by a Telegram file.</summary>
    private static Finding SignOffSample()
    {
        var finding = Findings.ReferenceRound.Finding(Findings.ReferenceRound.CompletedFinding);
        var at = new DateTime(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
        finding.AddEvidence(1, new Evidence("会议纪要_[终稿]*.pdf", "https://example.org/minutes_(final)*.pdf"), Findings.ReferenceRound.Publisher, at);
        finding.AddEvidence(2, new Evidence("现场照片.jpg", "telegram:file/AgACAgIAAxkBAAIB"), Findings.ReferenceRound.Publisher, at);
        finding.SignOff(Findings.ReferenceRound.Publisher, at);
        return finding;
    }

    private static readonly Dictionary<string, Func<Texts, AdaptiveCard>> Builders = new()
    {
        ["status-full"] = texts => FindingStatusCard.Build(SampleFindings.Item14(), texts, SampleFindings.Shanghai),
        ["status-bare"] = texts => FindingStatusCard.Build(SampleFindings.Bare(), texts, SampleFindings.Shanghai),
        ["status-no-measures"] = texts => FindingStatusCard.Build(SampleFindings.NoMeasures(), texts, SampleFindings.Shanghai),
        ["status-red"] = texts => FindingStatusCard.Build(SampleFindings.Item14() with { Supervision = SampleSupervision.Red }, texts, SampleFindings.Shanghai),
        ["status-blue"] = texts => FindingStatusCard.Build(SampleFindings.Item14() with { Supervision = SampleSupervision.Blue }, texts, SampleFindings.Shanghai),
        ["status-deadline-kinds"] = texts => FindingStatusCard.Build(SampleFindings.WithDeadlineKinds(), texts, SampleFindings.Shanghai),
        ["list-deadline-kinds"] = texts => FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.All,
            [.. SampleFindings.AllRows().Take(3).Zip<FindingListRow, Deadline, FindingListRow>(
                [Deadline.Immediately(new DateOnly(2023, 12, 8)), Deadline.Ongoing(new DateOnly(2025, 6, 30)), Deadline.Ongoing()], (row, deadline) => row with { Deadline = deadline })]), texts),
        ["sign-off-evidence"] = texts => Bot.Cards.Reporting.SignOffEvidenceCard.Build(SignOffSample(), null, texts),
        ["sign-off-without-evidence"] = texts => Bot.Cards.Reporting.SignOffEvidenceCard.Build(
            Findings.ReferenceRound.Finding(Findings.ReferenceRound.CompletedFinding), "已现场核实 *未加粗* [不是链接](https://example.org)", texts),
        ["status-recurred"] = texts => FindingStatusCard.Build(
            SampleFindings.Item14() with { Supervision = SampleSupervision.Red, RecurrenceCount = 2 }, texts, SampleFindings.Shanghai),
        ["follow-up"] = texts => FollowUpCard.Build(new FollowUpCardModel(14, SampleFindings.Item14().Title, 3, SupervisionColour.None, 0), texts),
        ["follow-up-red"] = texts => FollowUpCard.Build(new FollowUpCardModel(14, SampleFindings.Item14().Title, 6, SupervisionColour.Red, 11), texts),
        ["supervision-list"] = texts => SupervisionListCard.Build(SampleSupervision.List(), texts),
        ["supervision-list-empty"] = texts => SupervisionListCard.Build(
            new SupervisionListCardModel(SupervisionFilter.Overdue, [], SupervisionThresholds.Default), texts),
        ["status-long"] = texts => FindingStatusCard.Build(SampleFindings.Long(), texts, SampleFindings.Shanghai),
        ["list-29"] = texts => FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.All, SampleFindings.AllRows()), texts),
        ["list-in-progress"] = texts => FindingListCard.Build(
            new FindingListCardModel(FindingStatusFilter.Open, [.. SampleFindings.AllRows().Where(r => r.Status == FindingStatus.InProgress)]), texts),
        ["list-empty"] = texts => FindingListCard.Build(new FindingListCardModel(FindingStatusFilter.Completed, []), texts),
        ["choice-3"] = texts => FindingChoiceCard.Build(new FindingChoiceCardModel("融资", [.. SampleFindings.AllRows().Take(3)]), texts),
        ["choice-9"] = texts => FindingChoiceCard.Build(new FindingChoiceCardModel(null, [.. SampleFindings.AllRows().Take(9)]), texts),
        ["help-unregistered"] = texts => HelpCard.Build(texts, HelpAudience.Unregistered),
        ["help-staff"] = texts => HelpCard.Build(texts, HelpAudience.Staff),
        ["help-leader"] = texts => HelpCard.Build(texts, HelpAudience.Leader),
        ["help-admin"] = texts => HelpCard.Build(texts, HelpAudience.Admin),
        ["department-findings"] = texts => DepartmentFindingsCard.Build(texts.DepartmentFindingsTitle("科技金融处", 5), QuestionCards.DepartmentRows(), texts),
        ["overall-progress"] = texts => OverallProgressCard.Build(QuestionCards.Overall(), texts),
        ["week-changes"] = texts => WeekChangesCard.Build(QuestionCards.Week(), texts),
    };

    public static IEnumerable<string> Names => Builders.Keys;

    public static TheoryData<string, Language> All()
    {
        var data = new TheoryData<string, Language>();
        foreach (var name in Names)
        {
            data.Add(name, Language.Chinese);
            data.Add(name, Language.English);
        }

        return data;
    }

    public static AdaptiveCard Build(string name, Language language) => Builders[name](Texts.For(language));
}
