namespace Bitrix24.Generator.Model;

/// <summary>How a list method's rows are picked out of its typed <c>result</c>.</summary>
internal enum RowsSelector
{
    /// <summary>The result is the row array (<c>rows: result</c>).</summary>
    Result,

    /// <summary>An array property of the generated result class (<c>rows: result.items</c>).</summary>
    Property,

    /// <summary>The result is untyped JSON: the runtime's <c>Bitrix24Paging.RawRows</c> finds the rows.</summary>
    Raw,
}
