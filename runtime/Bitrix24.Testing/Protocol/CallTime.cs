using System;
using Bitrix24.Testing.Limits;

namespace Bitrix24.Testing.Protocol;

/// <summary>When one call ran and what it left of its method's operating budget: the answer's <c>time</c> object.</summary>
internal readonly record struct CallTime(DateTimeOffset Started, DateTimeOffset Finished, OperatingUsage Operating);
