using System.Collections;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Hosting;

/// <summary>
/// Every settings class the bot binds from configuration is checked by <c>ValidateOnStart</c>, and all but the
/// ones whose values the binder alone can check also have a validator: a setting the bot cannot use stops it at
/// start-up rather than at the first message, digest or reply.
/// </summary>
public sealed class EveryOptionsClassIsValidatedTests
{
    // Nothing to check beyond their types: a bool and a bool? the binder refuses if misspelt.
    private static readonly string[] CheckedByTheBinderAlone = ["ReportingOptions"];

    [Fact]
    public void EveryOptionsClassBoundFromConfigurationIsValidatedAtStart()
    {
        using var factory = new BotApplicationFactory();
        var services = factory.Services;
        var bound = typeof(Program).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericType: false } && type.GetConstructor(Type.EmptyTypes) is not null)
            .Where(type => services.GetServices(typeof(IConfigureOptions<>).MakeGenericType(type)).Any())
            .ToList();
        var validatedAtStart = StartupValidated(services);

        Assert.True(bound.Count >= 15, "found only " + string.Join(", ", bound.Select(t => t.Name)));
        Assert.Empty(bound.Where(type => !validatedAtStart.Contains(type)).Select(type => type.FullName));
        Assert.Empty(bound
            .Where(type => !CheckedByTheBinderAlone.Contains(type.Name))
            .Where(type => !services.GetServices(typeof(IValidateOptions<>).MakeGenericType(type)).Any())
            .Select(type => type.FullName));
    }

    // ValidateOnStart records each options type in an internal StartupValidatorOptions; reading it is the only way to
    // ask "is T validated at start?" of a built container.
    private static HashSet<Type> StartupValidated(IServiceProvider services)
    {
        var optionsType = typeof(IStartupValidator).Assembly.GetType("Microsoft.Extensions.Options.StartupValidatorOptions", throwOnError: true)!;
        var options = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(optionsType));
        var value = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options)!;
        const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var validators = (IDictionary)(optionsType.GetProperty("_validators", Members)?.GetValue(value)
            ?? optionsType.GetField("_validators", Members)!.GetValue(value)!);
        return validators.Keys.Cast<object>().Select(key => (Type)key.GetType().GetField("Item1")!.GetValue(key)!).ToHashSet();
    }
}
