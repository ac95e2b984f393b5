using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Reporting.AdminRequests;
using Rectification.Bot.Conversation.Reporting.EvidenceFiles;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Reporting;

public static class ReportingExtensions
{
    /// <summary>Reporting in chat: the dialog engine and the progress dialog, one-message updates, the form, sign-off and reopening, administrators' commands and plain-word requests.</summary>
    public static WebApplicationBuilder AddReporting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DialogOptions>, DialogOptionsValidator>());
        services.AddOptions<EvidenceFileOptions>().BindConfiguration(EvidenceFileOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EvidenceFileOptions>, EvidenceFileOptionsValidator>());
        services.AddSingleton<EvidenceFilePolicy>();
        services.TryAddScoped<ProgressRecorder>();
        services.TryAddScoped<Administration.AdministrationService>();
        services.AddScoped<DialogStore>();
        services.AddScoped<DialogRunner>();
        services.AddScoped<ProgressDialog>();
        services.AddScoped<IDialog>(provider => provider.GetRequiredService<ProgressDialog>());
        services.AddScoped<AdminRequestDialog>();
        services.AddScoped<IDialog>(provider => provider.GetRequiredService<AdminRequestDialog>());
        services.AddScoped<AdminRequestAnswers>();
        services.AddScoped<AdminReplies>();
        services.AddScoped<ReopenReasonDialog>();
        services.AddScoped<IDialog>(provider => provider.GetRequiredService<ReopenReasonDialog>());
        services.AddScoped<LaterEvidenceDialog>();
        services.AddScoped<IDialog>(provider => provider.GetRequiredService<LaterEvidenceDialog>());
        services.AddScoped<LaterEvidenceRecorder>();
        services.AddScoped<LaterEvidenceAnswers>();
        services.AddScoped<ActorSource>();
        services.AddScoped<ProgressReporter>();
        services.AddScoped<ReportingReplies>();
        services.AddScoped<ReportingAnswers>();
        services.AddScoped<CorrectionAnswers>();
        services.AddScoped<FollowUpAnswers>();
        services.AddScoped<ProgressFormAnswers>();
        services.AddScoped<AdminChatCommands>();
        services.AddScoped<ReportingTurns>();
        return builder;
    }
}
