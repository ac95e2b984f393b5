using Microsoft.AspNetCore.Http.Headers;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Web;

/// <summary>The language of a page: the first of the browser's languages (by preference) the bot speaks, else Chinese.</summary>
public static class PageLanguage
{
    public static Texts For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestHeaders headers = request.GetTypedHeaders();
        var chosen = headers.AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => ReplyLanguage.FromLocale(l.Value.Value))
            .FirstOrDefault(l => l is not null);
        return Texts.For(chosen ?? Language.Chinese);
    }
}
