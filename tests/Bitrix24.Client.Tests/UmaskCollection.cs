using System;
using System.Runtime.InteropServices;

namespace Bitrix24.Client.Tests;

/// <summary>Tests that change the process's umask run one at a time; <see cref="Set"/> changes it until disposed.</summary>
[CollectionDefinition(nameof(UmaskCollection), DisableParallelization = true)]
public sealed class UmaskCollection
{
    public static IDisposable Set(int mask) => new Restore(NativeMethods.umask(mask));

    private sealed class Restore(int previous) : IDisposable
    {
        public void Dispose() => NativeMethods.umask(previous);
    }

    private static class NativeMethods
    {
        [DllImport("libc")]
#pragma warning disable SA1300, IDE1006 // libc's name.
        public static extern int umask(int mask);
#pragma warning restore SA1300, IDE1006
    }
}
