namespace Bitrix24.Client.Transport;

/// <summary>One method a <see cref="IMultiMethodRequest"/> runs.</summary>
internal interface IMethodCommand
{
    /// <summary>The key its answer is filed under in the <see cref="IMultiMethodResult"/>.</summary>
    string Key { get; }

    /// <summary>The method's wire name.</summary>
    string Method { get; }
}
