namespace Rectification.Bot.Web.Ledger;

/// <summary>The read-only ledger pages: every change goes through the bot, so the audit trail stays whole.</summary>
internal static class LedgerPages
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(WebLayout.LedgerPath, LedgerTablePage.RenderAsync);
        endpoints.MapGet(WebLayout.ChartsPath, LedgerChartsPage.RenderAsync);
        endpoints.MapGet(WebLayout.LedgerPath + "/{number}", FindingPage.RenderAsync);
    }
}
