namespace Bitrix24.Client.Paging;

/// <summary>How far a bulk read has come.</summary>
/// <param name="Rows">Rows yielded so far.</param>
/// <param name="Requests">HTTP requests (<c>batch</c> calls) sent so far.</param>
/// <param name="LastId">The id of the last row yielded.</param>
public readonly record struct Bitrix24BulkReadProgress(long Rows, long Requests, long LastId);
