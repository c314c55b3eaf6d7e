using System.IO;
#if !NET
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
#endif

namespace Bitrix24.Client.Auth;

/// <summary>
/// Creates files only their owner may read and write (0600) and directories only their owner may enter (0700) on
/// Unix, whatever the process's umask, with that mode from the first moment: never a wider file that is narrowed
/// afterwards, which someone could open in between and read the secret through later. On Windows files and
/// directories get the ACL they inherit from the directory above (a user profile's is private to the user).
/// </summary>
internal static class PrivateFiles
{
    /// <summary>Creates <paramref name="path"/> (0700) and its missing parents; an existing directory keeps its mode.</summary>
    public static void CreateDirectory(string path)
    {
#if NET
        if (System.OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
#else
        if (!IsUnix || Directory.Exists(path))
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Libc.mkdir(path, Libc.OwnerOnlyDirectory) != 0 && !Directory.Exists(path))
        {
            throw new IOException($"The directory {path} could not be created (errno {Marshal.GetLastWin32Error()}).");
        }
#endif
    }

    /// <summary>
    /// Creates a new file (0600) and opens it for writing. Give it a fresh, unguessable name: the netstandard2.0 build on
    /// Unix cannot refuse an existing file (<c>creat</c> has no <c>O_EXCL</c>).
    /// </summary>
    public static FileStream Create(string path)
    {
#if NET
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!System.OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
#else
        if (!IsUnix)
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        }

        var descriptor = Libc.creat(path, Libc.OwnerOnlyFile);
        if (descriptor < 0)
        {
            throw new IOException($"The file {path} could not be created (errno {Marshal.GetLastWin32Error()}).");
        }

        return new FileStream(new SafeFileHandle(new System.IntPtr(descriptor), ownsHandle: true), FileAccess.Write);
#endif
    }

#if !NET
    private static bool IsUnix => !RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
#endif
}
