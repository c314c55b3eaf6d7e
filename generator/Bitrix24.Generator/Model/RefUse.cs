namespace Bitrix24.Generator.Model;

/// <summary>One <c>ref</c>: the id, whether it is in a method's <c>params</c> (the Input class), and where its value is.</summary>
internal sealed record RefUse(string Id, bool IsRequest, int Line, int Column);
