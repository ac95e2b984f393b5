namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string HelpUnregisteredNote => "You are not registered yet, so you can ask but not report. To report progress, ask an administrator to register you.";

    public override string HelpSignOffTopic => "Sign off a completed item whose measures all have evidence (leaders); without evidence, give the reason";

    public override string HelpSignOffExample => "sign off 14";

    public override string HelpReopenTopic => "Reopen a completed or signed-off item, with the reason";

    public override string HelpReopenExample => "reopen 14: the problem came back";

    public override string HelpDigestTopic => "The weekly digest: see this week's now, or subscribe (a day and time may follow, e.g. \"every Friday 17:00\")";

    public override string HelpDigestNowExample => "digest now";

    public override string HelpSubscribeExample => "subscribe to the weekly digest";

    public override string HelpPeopleTopic => "People and roles (send \"/people list\" to see who is registered; \"/people head <user id> on\" marks a department head, who is told when their items turn yellow (overdue); every change is confirmed first)";

    public override string HelpAddPersonExample => "add 张三 as staff in 科技金融处";

    public override string HelpRoleExample => "make Wang Wu an admin";

    public override string HelpPeopleListExample => "/people list";

    public override string HelpAssignTopic => "Assign items and set deadlines: a date, immediately (立行立改) or ongoing (长期坚持, with a review date); every change is confirmed first";

    public override string HelpAssignExample => "assign item 13 to 科技金融处, leader 李局长, due 2024-12-31";

    public override string HelpAssignDepartmentExample => "make 科技金融处 responsible for item 5";

    public override string HelpDeadlineExample => "set the deadline of item 5 to 2024-12-31";

    public override string HelpMeasureDeadlineExample => "set the deadline of item 5.2 to ongoing, review 2025-06-30";
}
