using System;
using YamlDotNet.Core;

namespace Bitrix24.Specs.Reading;

/// <summary>Stops loading a spec that crosses one of <see cref="SpecLimits"/>; the reader turns it into its <see cref="Problem"/>.</summary>
internal sealed class SpecBoundsException(SpecProblemKind kind, string message, Mark position) : Exception(message)
{
    public SpecProblem Problem { get; } = new(kind, message, (int)position.Line, (int)position.Column);
}
