namespace Rectification.Bot.Web.Ledger;

/// <summary>
/// The read-only ledger pages: every change goes through the bot, so the audit trail stays whole. Each is behind
/// <see cref="WebFrontDoor"/>: signed in in Production.
/// </summary>
internal static class LedgerPages
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(WebLayout.LedgerPath, LedgerTablePage.RenderAsync).RequireWebVisitor();
        endpoints.MapGet(WebLayout.ChartsPath, LedgerChartsPage.RenderAsync).RequireWebVisitor();
        endpoints.MapGet(WebLayout.LedgerPath + "/{number}", FindingPage.RenderAsync).RequireWebVisitor();
    }
}
