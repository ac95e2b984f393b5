using Microsoft.Extensions.FileProviders;
using Rectification.Bot.Web.Ledger;

namespace Rectification.Bot.Web;

public static class WebExtensions
{
    /// <summary>The ledger pages' services.</summary>
    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }

    /// <summary>The ledger pages, and the assets the pages load (built from WebAssets/ into the output's assets/).</summary>
    public static WebApplication MapWebPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = Path.Combine(AppContext.BaseDirectory, "assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = "/assets", FileProvider = new PhysicalFileProvider(assets) });
        }

        LedgerPages.Map(app);
        return app;
    }
}
