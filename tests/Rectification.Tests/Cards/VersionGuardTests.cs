using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;

namespace Rectification.Tests.Cards;

public class VersionGuardTests
{
    /// <summary>A progress form as a Teams-desktop card would have it: labels (1.3), Action.Execute and refresh (1.4).</summary>
    internal static AdaptiveCard FormWithNewerFeatures(CardVersion version)
    {
        var data = CardSubmitData.ForFinding(CardIntents.Report, 14).ToJson();
        var execute = new ExecuteAction { Title = "Send", Verb = "report", Data = data, Fallback = ActionFallback.To(new SubmitAction { Title = "Send", Data = data.DeepClone() }) };
        return new AdaptiveCard(version)
        {
            Refresh = new Refresh(new ExecuteAction { Verb = "refresh" }) { UserIds = [] },
            Body =
            {
                new TextInput("description") { Label = "What was done", IsMultiline = true, MaxLength = 2000, Placeholder = "…", IsRequired = true, ErrorMessage = "Required" },
                new NumberInput("percent") { Label = "Percent", Min = 0, Max = 100 },
                new ChoiceSetInput("measure", [new InputChoice("Measure 1", "1"), new InputChoice("Measure 2", "2")]) { Style = ChoiceInputStyle.Compact, Wrap = true },
                new ToggleInput("done", "Measure completed") { Wrap = true },
                new ActionSet([execute]),
            },
            Actions = { new ShowCardAction(new AdaptiveCard(version) { Body = { new TextBlock("more") } }) { Title = "More" } },
        };
    }

    [Fact]
    public void A_1_2_card_refuses_labels_Action_Execute_and_refresh()
    {
        var card = FormWithNewerFeatures(CardVersion.V1_2);

        var error = Assert.Throws<CardVersionException>(() => CardSerializer.ToJson(card));

        Assert.Equal(CardVersion.V1_2, error.Declared);
        Assert.Contains(error.Violations, v => v is { Path: "/refresh", What: "Refresh" });
        Assert.Contains(error.Violations, v => v is { Path: "", What: "AdaptiveCard.refresh" });
        Assert.Contains(error.Violations, v => v.Path == "/body/0" && v.What == "Input.Text.label" && v.Requires == CardVersion.V1_3);
        Assert.Contains(error.Violations, v => v is { Path: "/body/0", What: "Input.Text.isRequired" });
        Assert.Contains(error.Violations, v => v is { Path: "/body/1", What: "Input.Number.label" });
        Assert.Contains(error.Violations, v => v.Path == "/body/4/actions/0" && v.What == "Action.Execute" && v.Requires == CardVersion.V1_4);
        Assert.DoesNotContain(error.Violations, v => v.Path.StartsWith("/body/2", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_serializer_entry_point_refuses_the_card()
    {
        var card = FormWithNewerFeatures(CardVersion.V1_2);

        Assert.Throws<CardVersionException>(() => CardSerializer.ToJsonObject(card));
        Assert.Throws<CardVersionException>(() => CardSerializer.ToJson(card));
    }

    [Fact]
    public void The_same_card_declaring_1_5_is_accepted()
    {
        Assert.Empty(CardVersionGuard.FindViolations(FormWithNewerFeatures(CardVersion.V1_5)));
    }

    [Fact]
    public void Elements_and_values_newer_than_1_0_are_refused_in_a_1_0_card()
    {
        var card = new AdaptiveCard(CardVersion.V1_0)
        {
            Body =
            {
                new ActionSet([new SubmitAction { Title = "x" }]),
                new Container([new TextBlock("x")]) { Style = ContainerStyle.Good, SelectAction = new SubmitAction() },
                new Container([new TextBlock("x")]) { Style = ContainerStyle.Emphasis },
            },
        };

        var violations = CardVersionGuard.FindViolations(card);

        Assert.Equal(
            ["/body/0: ActionSet needs 1.2", "/body/1: Container.style: good needs 1.2", "/body/1: Container.selectAction needs 1.1"],
            violations.Select(v => v.ToString()));
    }

    [Fact]
    public void A_nested_card_is_held_to_the_outer_version()
    {
        var nested = new AdaptiveCard(CardVersion.V1_5) { Body = { new TextInput("x") { Label = "x" } } };
        var card = new AdaptiveCard(CardVersion.V1_2) { Actions = { new ShowCardAction(nested) } };

        var violations = CardVersionGuard.FindViolations(card);

        Assert.Contains(violations, v => v is { Path: "/actions/0/card", What: "nested card version 1.5" });
        Assert.Contains(violations, v => v is { Path: "/actions/0/card/body/0", What: "Input.Text.label" });
    }
}
