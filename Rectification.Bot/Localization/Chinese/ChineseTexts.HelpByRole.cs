namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string HelpUnregisteredNote => "您还没有登记为本系统人员，目前可以查询。如需汇报进展，请联系管理员为您登记。";

    public override string HelpSignOffTopic => "销号：已完成且每条措施都有佐证的问题由领导确认销号；缺佐证时须说明理由";

    public override string HelpSignOffExample => "销号第十四项";

    public override string HelpReopenTopic => "重新打开已完成或已销号的问题（须说明原因）";

    public override string HelpReopenExample => "重新打开第十四项：反弹回潮";

    public override string HelpDigestTopic => "周报：现在查看本周周报，或订阅每周推送（可加日期和时间，如“订阅周报 每周五17点”）";

    public override string HelpDigestNowExample => "本周周报";

    public override string HelpSubscribeExample => "订阅周报";

    public override string HelpPeopleTopic => "人员和角色（发送“人员列表”查看已登记人员；“设为部门负责人 <用户ID>”标记处室负责人，黄色督办会通知他；每项更改先请您确认）";

    public override string HelpAddPersonExample => "添加张三为科技金融处的工作人员";

    public override string HelpRoleExample => "把王五改成管理员";

    public override string HelpPeopleListExample => "人员列表";

    public override string HelpAssignTopic => "分配问题和完成时限：某日、立行立改或长期坚持（可定复查日期）；每项更改先请您确认";

    public override string HelpAssignExample => "分配第十三项 科技金融处 李局长 2024-12-31";

    public override string HelpAssignDepartmentExample => "让科技金融处负责第五项";

    public override string HelpDeadlineExample => "第五项的完成时限改为2024年12月31日";

    public override string HelpMeasureDeadlineExample => "第5项第2条长期坚持，2025-06-30复查";
}
