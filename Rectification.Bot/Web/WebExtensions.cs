using Microsoft.Extensions.FileProviders;

namespace Rectification.Bot.Web;

public static class WebExtensions
{
    /// <summary>The assets the pages load (built from WebAssets/ into the output's assets/).</summary>
    public static WebApplication MapWebPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = System.IO.Path.Combine(AppContext.BaseDirectory, "assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = "/assets", FileProvider = new PhysicalFileProvider(assets) });
        }
        return app;
    }
}
