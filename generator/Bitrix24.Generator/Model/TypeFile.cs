namespace Bitrix24.Generator.Model;

/// <summary>A type to emit: the model with its refs resolved, and which of its classes are reached.</summary>
internal sealed record TypeFile(ObjectModel Model, bool Result, bool Input);
