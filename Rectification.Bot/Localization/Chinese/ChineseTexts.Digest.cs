namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };

    public override string DigestSubscribed(string day, string time, string timeZone) =>
        $"已订阅整改进展周报：每{day} {time}（{timeZone}）发送到本对话。发送“取消订阅”可停止，发送“本周周报”可随时查看。";

    public override string DigestUnsubscribed => "已取消周报订阅，不再发送。需要时发送“订阅周报”即可恢复。";

    public override string DigestNotSubscribed => "您尚未订阅周报。发送“订阅周报”（可加时间，如“订阅周报 每周五17点”）即可订阅。";

    public override string DigestSubscription(string day, string time, string timeZone) =>
        $"您已订阅周报：每{day} {time}（{timeZone}）发送到订阅时的对话。发送“取消订阅”可停止。";

    public override string DigestSubscriptionStopped(string day, string time, string timeZone) =>
        $"您的周报订阅（每{day} {time}，{timeZone}）已暂停：机器人无法再向您发送消息。发送“订阅周报”即可恢复。";

    public override string DigestLeadersOnly(string? whomToAsk) =>
        whomToAsk is null
            ? "周报仅向领导提供。如需开通，请联系管理员。"
            : $"周报仅向领导提供。如需开通，请联系管理员：{whomToAsk}。";

    public override string DigestCannotDeliverHere => "此对话无法接收主动发送的消息，请在 Teams 中与机器人单独对话后再订阅。";
}
