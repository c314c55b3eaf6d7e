#if !NET
using System.Runtime.InteropServices;

namespace Bitrix24.Client.Auth;

/// <summary>
/// The two libc calls the netstandard2.0 build needs to create private files on Unix (net8.0 has
/// <c>UnixCreateMode</c>). <c>creat</c> rather than <c>open</c>: <c>open</c> is variadic, and on Apple arm64 a
/// variadic argument travels on the stack, where a P/Invoke does not put it — the mode would be garbage.
/// </summary>
internal static class Libc
{
    /// <summary>0600: the owner reads and writes.</summary>
    public const int OwnerOnlyFile = 0x180;

    /// <summary>0700: the owner reads, writes and enters.</summary>
    public const int OwnerOnlyDirectory = 0x1C0;

    /// <summary><c>open(path, O_CREAT | O_WRONLY | O_TRUNC, mode)</c>; the mode applies (less the umask) when the file is created.</summary>
    [DllImport("libc", SetLastError = true)]
#pragma warning disable SA1300, IDE1006 // libc's names.
    public static extern int creat([MarshalAs(UnmanagedType.LPStr)] string path, int mode);

    /// <summary>Creates one directory with <paramref name="mode"/> (less the umask).</summary>
    [DllImport("libc", SetLastError = true)]
    public static extern int mkdir([MarshalAs(UnmanagedType.LPStr)] string path, int mode);
#pragma warning restore SA1300, IDE1006
}
#endif
