using System.Text.Json;

namespace Bitrix24.Client.Json;

/// <summary>
/// Reads a value at the reader's current token. Returns false, without consuming anything, when the value
/// has a shape it cannot take; the caller then keeps the value raw.
/// </summary>
public delegate bool JsonValueParser<T>(ref Utf8JsonReader reader, out T value);
