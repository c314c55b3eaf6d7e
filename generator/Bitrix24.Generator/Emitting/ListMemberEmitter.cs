using System.Collections.Generic;
using Bitrix24.Generator.Model;

namespace Bitrix24.Generator.Emitting;

/// <summary>
/// Emits a list method's paging members beside its <c>XxxAsync</c>: a <c>Bitrix24ListMethod</c> field, <c>XxxAllAsync</c>
/// (every row of every page) and, for a bulk-readable list, <c>XxxBulkAsync</c> (the <c>&gt;ID</c> read over chained batch pages).
/// Each member is one call into the runtime's <c>Bitrix24Paging</c>/<c>Bitrix24BulkRead</c>.
/// </summary>
internal sealed class ListMemberEmitter
{
    private const string BulkOptionsParameter = $"{RuntimeNames.BulkReadOptions}? options = null, ";

    private readonly MethodModel _method;
    private readonly ListModel _list;
    private readonly string? _allMember;
    private readonly string? _bulkMember;
    private readonly string _field;
    private readonly string _rowType;
    private readonly string _resultType;
    private readonly string _requestParameter;
    private readonly string _requestArgument;
    private readonly string? _obsolete;

    private ListMemberEmitter(MethodModel method, ListModel list, ICollection<string> omitted, string ns, string resultType, string? requestParameter, string requestArgument, string? obsolete)
    {
        _method = method;
        _list = list;
        _allMember = omitted.Contains(list.AllMember) ? null : list.AllMember;
        _bulkMember = list.BulkMember is null || omitted.Contains(list.BulkMember) ? null : list.BulkMember;
        _field = GeneratedNames.RowsField(method.Facade);
        _rowType = ValueCodec.RowType(list, $"global::{ns}.");
        _resultType = resultType;
        _requestParameter = requestParameter is null ? string.Empty : requestParameter + ", ";
        _requestArgument = requestArgument;
        _obsolete = obsolete;
    }

    /// <summary>The emitter for the method's paging members, or null when it has none (not a list, or every name is taken).</summary>
    public static ListMemberEmitter? For(MethodModel method, ICollection<string> omitted, string ns, string resultType, string? requestParameter, string requestArgument, string? obsolete)
    {
        var emitter = method.List is null ? null : new ListMemberEmitter(method, method.List, omitted, ns, resultType, requestParameter, requestArgument, obsolete);
        return emitter is { _allMember: null, _bulkMember: null } ? null : emitter;
    }

    public void EmitInterfaceMembers(SourceWriter writer)
    {
        var wire = $"<c>{GeneratedText.Doc(_method.Method)}</c>";
        if (_allMember is not null)
        {
            var paging = _list.IsPagination ? "<c>pagination</c> from the request's page (its limit, else 50 rows)" : "<c>next</c> from the request's <c>start</c>";
            writer.Line();
            writer.Doc($"Reads every row of every page of {wire}, following {paging}; a page is requested only when the previous one's rows are consumed.");
            EmitSignature(writer, _allMember, string.Empty, null);
        }

        if (_bulkMember is not null)
        {
            writer.Line();
            writer.Doc(
                $"Reads every row matching the request's filter the fast way: ordered by <c>{GeneratedText.Doc(_list.IdField!)}</c> with a <c>&gt;{GeneratedText.Doc(_list.IdField!)}</c> filter, up to 50 pages of {wire} chained in one batch request (up to 2,500 rows per request).",
                "The request's order and start are replaced; bulk reads run one at a time per portal.");
            EmitSignature(writer, _bulkMember, BulkOptionsParameter, "<param name=\"options\">Pages per request, progress and limit retries; null for the defaults.</param>");
        }
    }

    public void EmitClassMembers(SourceWriter writer)
    {
        var rowsMember = _list.RowsMember is null ? "null" : GeneratedText.Literal(_list.RowsMember);
        var selector = _list.Selector switch
        {
            RowsSelector.Result => "result",
            RowsSelector.Property => $"result.{_list.RowsProperty}",
            _ => $"{RuntimeNames.Paging}.RawRows(result, {rowsMember})",
        };
        var idField = _list.IdField is null ? "null" : GeneratedText.Literal(_list.IdField);
        var paging = _list.IsPagination ? "Pagination" : "Next";
        writer.Line();
        writer.Line($"private static readonly {RuntimeNames.ListMethod}<{_resultType}, {_rowType}> {_field} = new({_method.Facade.Stem}Method, static result => {selector}, {rowsMember}, {idField}, {RuntimeNames.ListPaging}.{paging});");
        if (_allMember is not null)
        {
            EmitImplementation(writer, _allMember, string.Empty, $"{RuntimeNames.Paging}.ReadAllAsync(_transport, {_field}, {_requestArgument}, cancellationToken)");
        }

        if (_bulkMember is not null)
        {
            EmitImplementation(writer, _bulkMember, BulkOptionsParameter, $"{RuntimeNames.BulkRead}.ReadAllAsync(_transport, {_field}, {_requestArgument}, options, cancellationToken)");
        }
    }

    private void EmitSignature(SourceWriter writer, string name, string extraParameters, string? extraParameterDoc)
    {
        if (_requestParameter.Length > 0)
        {
            writer.DocLine("<param name=\"request\">The method's parameters.</param>");
        }

        if (extraParameterDoc is not null)
        {
            writer.DocLine(extraParameterDoc);
        }

        writer.DocLine("<param name=\"cancellationToken\">Stops the reading.</param>");
        writer.DocLine("<returns>The rows, as they arrive.</returns>");
        EmitObsolete(writer);
        writer.Line($"{Declaration(name, extraParameters)};");
    }

    private void EmitImplementation(SourceWriter writer, string name, string extraParameters, string call)
    {
        writer.Line();
        writer.Line("/// <inheritdoc />");
        EmitObsolete(writer);
        writer.Template($$"""
            public {{Declaration(name, extraParameters)}}
                => {{call}};
            """);
    }

    private string Declaration(string name, string extraParameters)
        => $"global::System.Collections.Generic.IAsyncEnumerable<{_rowType}> {name}({_requestParameter}{extraParameters}{FrameworkNames.CancellationParameter})";

    private void EmitObsolete(SourceWriter writer)
    {
        if (_obsolete is not null)
        {
            writer.Line(_obsolete);
        }
    }
}
