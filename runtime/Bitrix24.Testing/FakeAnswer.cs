using Bitrix24.Testing.Protocol;

namespace Bitrix24.Testing;

/// <summary>An injected answer: either an error envelope or a raw body.</summary>
internal sealed record FakeAnswer(int Status, string ContentType, string? RawBody, RestError? Error);
