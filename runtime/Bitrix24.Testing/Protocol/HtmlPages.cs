using System.Globalization;
using System.Text;

namespace Bitrix24.Testing.Protocol;

/// <summary>The HTML a web server or proxy in front of the portal answers instead of JSON.</summary>
internal static class HtmlPages
{
    public const string ContentType = "text/html; charset=utf-8";

    public static byte[] Page(int status, string title) => Encoding.UTF8.GetBytes(string.Create(
        CultureInfo.InvariantCulture,
        $"<html><head><title>{status} {title}</title></head><body><center><h1>{status} {title}</h1></center><hr><center>nginx</center></body></html>"));
}
