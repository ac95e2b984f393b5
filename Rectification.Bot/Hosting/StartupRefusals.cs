using Microsoft.Extensions.Options;

namespace Rectification.Bot.Hosting;

/// <summary>
/// A configuration the bot cannot run with ends the process with exit code 78 (EX_CONFIG of sysexits.h) and the
/// problems in words, each naming its key and the fix. No stack trace: it would bury the message and read as a bug.
/// </summary>
public static class StartupRefusals
{
    /// <summary>EX_CONFIG: "something was found in an unconfigured or misconfigured state".</summary>
    public const int ConfigurationExitCode = 78;

    private static int _installed;

    /// <summary>
    /// Whatever reveals a misconfiguration (options validated at start, a setting read while the host is built, a
    /// value the binder cannot convert) leaves the entry point as an exception. Unhandled there, it is printed as its
    /// problems and the process exits with <see cref="ConfigurationExitCode"/>. Other exceptions keep their trace.
    /// In a test host the exception reaches the test instead and this never runs.
    /// </summary>
    public static WebApplicationBuilder RefuseMisconfigurationCleanly(this WebApplicationBuilder builder)
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AppDomain.CurrentDomain.UnhandledException += (_, unhandled) =>
            {
                if (unhandled.ExceptionObject is Exception exception && Describe(exception) is { } refusal)
                {
                    Console.Error.WriteLine(refusal);
                    Console.Error.Flush();
                    Environment.Exit(ConfigurationExitCode);
                }
            };
        }

        return builder;
    }

    /// <summary>
    /// Runs the <c>ValidateOnStart</c> checks before the host starts, so that a refusal leaves as the validation
    /// exception itself: the host, refused while starting, would first log it with its stack trace.
    /// </summary>
    public static void ValidateSettings(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>The refusal's text when every part of <paramref name="exception"/> is a misconfiguration; null otherwise.</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problems = new List<string>();
        foreach (var part in Parts(exception))
        {
            switch (part)
            {
                case OptionsValidationException invalid:
                    problems.AddRange(invalid.Failures);
                    break;
                case MisconfigurationException misconfigured:
                    problems.Add(misconfigured.Message);
                    break;
                case InvalidOperationException unconvertible when IsFromTheBinder(unconvertible):
                    problems.Add(unconvertible.Message + " Correct that value or remove the setting.");
                    break;
                default:
                    return null;
            }
        }

        return problems.Count == 0
            ? null
            : "The bot did not start: its configuration needs changing." + Environment.NewLine
              + string.Concat(problems.Select(problem => "  - " + problem + Environment.NewLine))
              + $"(exit code {ConfigurationExitCode}, a configuration error)";
    }

    private static IEnumerable<Exception> Parts(Exception exception) => exception is AggregateException several
        ? several.InnerExceptions.SelectMany(Parts)
        : [exception];

    // "Failed to convert configuration value 'x' at 'Section:Key' to type 'System.Int32'": names its key already.
    private static bool IsFromTheBinder(InvalidOperationException exception) =>
        exception.Source == typeof(ConfigurationBinder).Assembly.GetName().Name;
}
