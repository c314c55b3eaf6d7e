using System;
using System.Globalization;
using Spectre.Console;

namespace Bitrix24.Sample;

/// <summary>The sample's two-column tables: what was measured or asked, and what came back, as plain text (never markup).</summary>
internal static class SampleTables
{
    public static Table Of(string title, params (string Name, FormattableString Value)[] rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title)).AddColumn(string.Empty).AddColumn(string.Empty).HideHeaders();
        foreach (var (name, value) in rows)
        {
            AddRow(table, name, value);
        }

        return table;
    }

    public static void AddRow(Table table, string name, FormattableString value)
        => table.AddRow(new Text(name), new Text(value.ToString(CultureInfo.InvariantCulture)));
}
