using Microsoft.Extensions.DependencyInjection.Extensions;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.People;

public static class PeopleConversationExtensions
{
    /// <summary>People in chat: asking for a link code and sending it from another account. Needs AddAdministration (the people services).</summary>
    public static WebApplicationBuilder AddPeopleConversation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<LinkCodes>();
        builder.Services.AddScoped<AccountLinkAnswers>();
        return builder;
    }
}
