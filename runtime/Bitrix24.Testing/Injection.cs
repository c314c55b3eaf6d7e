namespace Bitrix24.Testing;

/// <summary>What was injected into one request: a replacement answer, or a fault.</summary>
internal sealed record Injection(FakeAnswer? Answer, FakeFault? Fault);
