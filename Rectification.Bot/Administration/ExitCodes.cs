namespace Rectification.Bot.Administration;

/// <summary>Exit codes of the administration commands.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Understood but refused: no such person or finding, already registered differently, a rule.</summary>
    public const int Refused = 1;

    /// <summary>Not understood: a missing, unknown or malformed argument. One line says which.</summary>
    public const int Usage = 2;
}
