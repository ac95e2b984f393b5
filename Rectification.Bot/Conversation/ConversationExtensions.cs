using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Rounds;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Conversation.Turns;
using Rectification.Bot.Conversation.Understanding;

namespace Rectification.Bot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The channel-neutral conversation: understanding, answers, per-person memory.</summary>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>());
        builder.Services.AddSingleton<OfficeClock>();
        builder.Services.AddSingleton<MessageRecognizer>();
        builder.Services.AddSingleton<RecognitionContextSource.Cache>();
        builder.Services.AddScoped<RecognitionContextSource>();
        builder.Services.AddSingleton<ReplyLanguageResolver.Remembered>();
        builder.Services.AddScoped<ReplyLanguageResolver>();
        builder.Services.AddScoped<StatusCards>();
        builder.Services.AddScoped<FindingAnswers>();
        builder.Services.AddScoped<SupervisionAnswers>();
        builder.Services.AddScoped<QuestionAnswers>();
        builder.Services.AddScoped<AnytimeQuestions>();
        builder.Services.AddScoped<GeneralAnswers>();
        builder.Services.AddScoped<HelpAnswers>();
        builder.Services.AddScoped<RoundAnswers>();
        builder.Services.AddScoped<TurnRound>();
        builder.Services.AddScoped<LedgerFileAnswers>();
        builder.Services.AddScoped<LedgerWorkbookFiles>();
        builder.Services.AddScoped<IntentAnswers>();
        builder.Services.AddScoped<MessageTurnHandler>();
        builder.Services.AddScoped<TurnApology>();
        builder.Services.AddScoped<RateLimitNotice>();
        builder.Services.AddSingleton<TurnMetrics>();
        builder.Services.AddScoped<IConversationBot, ConversationBot>();
        builder.Services.AddScoped<ChannelRegistry>();
        return builder;
    }
}
