using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace PainPalBot.Sandbox.Tests.Support;

/// <summary>
/// What an object holds, measured rather than trusted: every string and byte array (read as UTF-8) reachable
/// from it through fields, and how many objects of each type. It walks the project's own objects, collections,
/// arrays, tuples and JSON values; not the framework's servers, sockets, tasks or delegates, which are the
/// machinery an object runs on rather than what it keeps.
/// </summary>
public sealed class HeldText
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private readonly List<string> _texts = [];
    private readonly Dictionary<Type, int> _counts = [];
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

    private HeldText()
    {
    }

    /// <summary>Every text held, in no particular order.</summary>
    public IReadOnlyList<string> Texts => _texts;

    /// <summary>Walks everything <paramref name="root"/> holds.</summary>
    public static HeldText Of(object root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var held = new HeldText();
        held.Visit(root);
        return held;
    }

    /// <summary>How many objects of exactly this type are held.</summary>
    public int CountOf<T>() => _counts.GetValueOrDefault(typeof(T));

    private void Visit(object? value)
    {
        if (value is null)
            return;
        var type = value.GetType();
        if (!type.IsValueType && !_seen.Add(value))
            return;
        switch (value)
        {
            case string text:
                _texts.Add(text);
                return;
            case byte[] bytes:
                _texts.Add(Encoding.UTF8.GetString(bytes));
                return;
            case char[] chars:
                _texts.Add(new string(chars));
                return;
            case Array array:
                if (!array.GetType().GetElementType()!.IsPrimitive)
                {
                    foreach (var item in array)
                        Visit(item);
                }
                return;
            default:
                break;
        }
        if (!IsState(type))
            return;
        _counts[type] = _counts.GetValueOrDefault(type) + 1;
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (var field in t.GetFields(InstanceFields))
            {
                if (!field.FieldType.IsPrimitive && !field.FieldType.IsEnum && !field.FieldType.IsPointer)
                    Visit(field.GetValue(value));
            }
        }
    }

    // The project's types, collections, tuples and JSON hold data; the rest (the web server, sockets,
    // tasks, locks, delegates, loggers, clocks) is what the data passes through.
    private static bool IsState(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type) || typeof(Task).IsAssignableFrom(type) || type == typeof(Lock))
            return false;
        var name = type.Namespace ?? "";
        if (name.StartsWith("PainPalBot", StringComparison.Ordinal)
            || name.StartsWith("System.Collections", StringComparison.Ordinal)
            || name.StartsWith("System.Text.Json", StringComparison.Ordinal))
            return true;
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            return definition == typeof(ReadOnlyMemory<>) || definition == typeof(Memory<>) || definition == typeof(Nullable<>)
                || type.IsAssignableTo(typeof(ITuple));
        }
        return false;
    }
}
