namespace Rectification.Domain.Import;

/// <summary>Counts what an import adds while it runs; becomes the <see cref="ImportResult"/>.</summary>
internal sealed class ImportTally
{
    public int FindingsCreated { get; private set; }

    public int FindingsSkipped { get; private set; }

    public int MeasuresCreated { get; private set; }

    public int NextStepsCreated { get; private set; }

    public void Count(ParsedFinding created)
    {
        FindingsCreated++;
        MeasuresCreated += created.Measures.Length;
        NextStepsCreated += created.NextSteps.Length;
    }

    public void Skip() => FindingsSkipped++;

    public ImportResult ToResult(int inspectionId, bool inspectionCreated) =>
        new(inspectionId, inspectionCreated, FindingsCreated, FindingsSkipped, MeasuresCreated, NextStepsCreated);
}
