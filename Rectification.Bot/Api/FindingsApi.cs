using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Api;

/// <summary>The read-only JSON API for integrations: the ledger as it stands.</summary>
public static class FindingsApi
{
    /// <summary>The API and its key check; needs the security mode (AddSecurityMode) first.</summary>
    public static WebApplicationBuilder AddFindingsApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>());
        return builder;
    }

    public static IEndpointRouteBuilder MapFindingsApi(this IEndpointRouteBuilder endpoints)
    {
        var findings = endpoints.MapGroup("/api/findings").AddEndpointFilter<ApiKeyFilter>();
        findings.MapGet("/", ListAsync);
        findings.MapGet("/{number}", GetAsync);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<FindingListItem>>> ListAsync(LedgerQueries ledger, CancellationToken cancellationToken)
    {
        var summaries = await ledger.ListFindingsAsync(FindingStatusFilter.All, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<FindingListItem>>(summaries.Select(FindingListItem.From).ToList());
    }

    private static async Task<Results<Ok<FindingDetail>, ProblemHttpResult>> GetAsync(
        string number, LedgerQueries ledger, CancellationToken cancellationToken)
    {
        var finding = int.TryParse(number, out var n) ? await ledger.GetFindingAsync(n, cancellationToken) : null;
        if (finding is null)
        {
            var numbers = await ledger.FindingNumbersAsync(cancellationToken);
            var range = numbers.Count == 0 ? "no findings are recorded yet" : $"findings are numbered {numbers[0]}–{numbers[^1]}";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Finding not found",
                detail: $"There is no finding '{number}'; {range}.");
        }

        return TypedResults.Ok(FindingDetail.From(finding));
    }
}
