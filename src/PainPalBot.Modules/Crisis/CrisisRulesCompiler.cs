using System.Text.Json;

namespace PainPalBot.Modules.Crisis;

/// <summary>
/// Compiles the concept files (one per language) and <c>rules.json</c> into <see cref="CompiledRules"/>. Every problem is
/// collected and reported at once, naming the file, the entry and what is wrong, so a bad edit stops the bot at start.
/// </summary>
internal static class CrisisRulesCompiler
{
    /// <summary>The name of the language-independent rule file.</summary>
    public const string RulesFileName = "rules.json";

    private const string ClauseEndToken = "$";

    public static (CompiledRules Rules, IReadOnlyList<string> Languages) Compile(IEnumerable<(string Name, string Json)> files)
    {
        var errors = new List<string>();
        var conceptIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lexicons = new List<(string Language, List<(string[] Tokens, int Concept)> Phrases, List<string> Breaks, HashSet<string> Markers)>();
        ConceptRulesDocument? rulesDocument = null;

        foreach (var (name, json) in files)
        {
            if (name == RulesFileName)
            {
                rulesDocument = Read(name, json, CrisisJsonContext.Default.ConceptRulesDocument, errors);
                continue;
            }

            var document = Read(name, json, CrisisJsonContext.Default.ConceptLexiconDocument, errors);
            if (document is null) continue;
            if (string.IsNullOrWhiteSpace(document.Language))
            {
                errors.Add($"{name}: no language");
                continue;
            }

            if (document.Concepts is not { Count: > 0 })
            {
                errors.Add($"{name}: no concepts (a concept file needs \"concepts\"; see README.md beside it)");
                continue;
            }

            var phrases = new List<(string[] Tokens, int Concept)>();
            var breakWords = new List<string>();
            var markers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var marker in document.Markers ?? [])
            {
                var folded = CrisisTextFolder.FoldWords(marker ?? "");
                if (folded.Count != 1) errors.Add($"{name} marker '{marker}': must be one word");
                else markers.Add(folded[0]);
            }

            lexicons.Add((document.Language.Trim(), phrases, breakWords, markers));
            foreach (var (concept, patterns) in document.Concepts ?? [])
            {
                if (!conceptIds.TryGetValue(concept, out var id)) conceptIds[concept] = id = conceptIds.Count;
                foreach (var (pattern, i) in (patterns ?? []).Select((p, i) => (p, i)))
                    AddPhrase(phrases, pattern, id, $"{name} concept '{concept}' entry {i + 1} '{pattern}'");
            }

            foreach (var word in document.ClauseBreaks ?? [])
            {
                var folded = CrisisTextFolder.FoldWords(word ?? "");
                if (folded.Count != 1) errors.Add($"{name} clause break '{word}': must be one word");
                else breakWords.Add(folded[0]);
            }
        }

        if (rulesDocument is null)
        {
            errors.Add($"no {RulesFileName}");
            throw Problems(errors);
        }

        var compiled = CompileRules(rulesDocument, conceptIds, errors);
        if (errors.Count > 0) throw Problems(errors);

        if (lexicons.Count == 0) throw Problems(["no concept files"]);

        // Clause-break words join each language's vocabulary so one lookup per token serves both.
        var breakEntry = conceptIds.Count;
        var compiledLexicons = lexicons.Select(l =>
        {
            var trie = PhraseTrie.Build(l.Phrases.Concat(l.Breaks.Select(w => (new[] { w }, breakEntry))));
            var breakIds = new bool[trie.VocabularySize];
            foreach (var word in l.Breaks) breakIds[trie.IdOf(word)] = true;
            return new LanguageLexicon(l.Language, trie, breakIds, l.Phrases.Count, l.Markers);
        }).ToArray();
        return (compiled(compiledLexicons), [.. compiledLexicons.Select(l => l.Language)]);

        void AddPhrase(List<(string[] Tokens, int Concept)> phrases, string? pattern, int concept, string label)
        {
            if (string.IsNullOrWhiteSpace(pattern))
            {
                errors.Add($"{label}: empty pattern");
                return;
            }

            try
            {
                phrases.AddRange(PhrasePattern.Expand(pattern).Select(tokens => (tokens, concept)));
            }
            catch (FormatException ex)
            {
                errors.Add($"{label}: {ex.Message}");
            }
        }
    }

    private static Func<LanguageLexicon[], CompiledRules> CompileRules(ConceptRulesDocument document, Dictionary<string, int> concepts, List<string> errors)
    {
        var names = new string[concepts.Count + 1];
        foreach (var (name, id) in concepts) names[id] = name;
        names[^1] = "(clause break)";
        var used = new bool[concepts.Count];

        int Concept(string? name, string label)
        {
            if (name is not null && concepts.TryGetValue(name, out var id))
            {
                used[id] = true;
                return id;
            }

            errors.Add($"{RulesFileName} {label}: unknown concept '{name}'");
            return 0;
        }

        var families = (document.Families ?? []).Keys.ToArray();
        if (families.Length is 0 or > 32) errors.Add($"{RulesFileName}: between 1 and 32 families are needed");
        var categories = families.Select(f => document.Families![f] switch
        {
            "suicide" => CrisisCategory.Suicide,
            "self_harm" => CrisisCategory.SelfHarm,
            var other => Bad($"family '{f}': category must be \"suicide\" or \"self_harm\", not '{other}'"),
        }).ToArray();

        var negation = Concept(document.Negation, "negation");
        var self = Concept(document.Self, "self");
        var other = Concept(document.Other, "other");
        var selfNaming = (document.SelfNaming ?? []).Select(n => Concept(n, "self_naming")).Append(self).ToHashSet();
        var blockers = new bool[concepts.Count + 1];
        foreach (var blocker in document.GapBlockers ?? []) blockers[Concept(blocker, "gap_blockers")] = true;
        var defaultGap = document.Gap ?? 2;

        var rules = new List<ConceptRule>();
        foreach (var (rule, i) in (document.Rules ?? []).Select((r, i) => (r, i)))
        {
            var label = $"rule {i + 1} '{rule?.Pattern ?? string.Join(" + ", rule?.All ?? [])}'";
            var family = Array.IndexOf(families, rule?.Family);
            if (family < 0) errors.Add($"{RulesFileName} {label}: unknown family '{rule?.Family}'");
            if (rule?.Weight is not (> 0 and <= 1)) errors.Add($"{RulesFileName} {label}: weight must be above 0 and at most 1");
            if (rule?.Scope is not (null or "clause" or "message")) errors.Add($"{RulesFileName} {label}: scope must be \"clause\" or \"message\"");
            if (rule is null || family < 0) continue;

            if (rule.Pattern is { } pattern && rule.All is null)
            {
                List<string[]> sequences;
                try
                {
                    sequences = PhrasePattern.Expand(pattern, word => [word]);
                }
                catch (FormatException ex)
                {
                    errors.Add($"{RulesFileName} {label}: {ex.Message}");
                    continue;
                }

                foreach (var sequence in sequences)
                {
                    if (Array.IndexOf(sequence, ClauseEndToken) is var end and >= 0 && end != sequence.Length - 1)
                        errors.Add($"{RulesFileName} {label}: '$' (end of clause) can only come last");
                    var slots = sequence.Select(n => n == ClauseEndToken ? [ConceptRule.ClauseEnd] : new[] { Concept(n, label) }).ToArray();
                    rules.Add(new ConceptRule(rules.Count, pattern, family, rule.Weight ?? 0, slots, Ordered: true, MessageScope: false,
                        rule.Gap ?? defaultGap, slots.Any(s => selfNaming.Contains(s[0]))));
                }
            }
            else if (rule.All is { Count: > 0 } all && rule.Pattern is null)
            {
                var slots = all.Select(slot => (slot ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(n => Concept(n, label)).ToArray()).ToArray();
                if (slots.Any(s => s.Length == 0)) errors.Add($"{RulesFileName} {label}: empty slot");
                rules.Add(new ConceptRule(rules.Count, string.Join(" + ", all), family, rule.Weight ?? 0, slots, Ordered: false,
                    rule.Scope == "message", 0, slots.Any(s => s.Any(selfNaming.Contains))));
            }
            else
            {
                errors.Add($"{RulesFileName} {label}: give either a pattern or all, not both or neither");
            }
        }

        var contexts = new List<ConceptContext>();
        foreach (var (context, i) in (document.Contexts ?? []).Select((c, i) => (c, i)))
        {
            var label = $"context {i + 1} '{context?.Concept}'";
            if (context?.Factor is not (>= 0 and < 1)) errors.Add($"{RulesFileName} {label}: factor must be from 0 to below 1");
            if (context?.Scope is not (null or "clause" or "message")) errors.Add($"{RulesFileName} {label}: scope must be \"clause\" or \"message\"");
            if (context?.Families is not null && context.Except is not null) errors.Add($"{RulesFileName} {label}: give families or except, not both");
            if (context is null) continue;
            var applies = new bool[families.Length];
            for (var f = 0; f < families.Length; f++)
                applies[f] = context.Families?.Contains(families[f]) ?? context.Except?.Contains(families[f]) != true;
            foreach (var listed in (context.Families ?? []).Concat(context.Except ?? []))
            {
                if (!families.Contains(listed)) errors.Add($"{RulesFileName} {label}: unknown family '{listed}'");
            }

            contexts.Add(new ConceptContext(Concept(context.Concept, label), context.Factor ?? 1, context.Scope == "message", applies,
                context.Unless is null ? -1 : Concept(context.Unless, label + " unless")));
        }

        if (rules.Count == 0) errors.Add($"{RulesFileName}: no rules");
        for (var c = 0; c < used.Length; c++)
        {
            if (!used[c]) errors.Add($"concept '{names[c]}' is defined but no rule or context uses it");
        }

        var byFirst = new List<ConceptRule>[concepts.Count + 1];
        for (var c = 0; c < byFirst.Length; c++) byFirst[c] = [];
        foreach (var rule in rules.Where(r => r.Ordered && r.Slots[0][0] >= 0)) byFirst[rule.Slots[0][0]].Add(rule);

        return lexicons => new CompiledRules
        {
            Lexicons = lexicons,
            ConceptNames = names,
            IsBlocker = blockers,
            OrderedByFirst = [.. byFirst.Select(l => l.ToArray())],
            Unordered = [.. rules.Where(r => !r.Ordered)],
            All = [.. rules],
            Contexts = [.. contexts],
            Families = families,
            FamilyCategories = categories,
            Negation = negation,
            NegationReach = document.NegationReach ?? 2,
            Self = self,
            Other = other,
            OtherFactor = document.OtherFactor ?? 0.15,
        };

        CrisisCategory Bad(string problem)
        {
            errors.Add($"{RulesFileName} {problem}");
            return CrisisCategory.None;
        }
    }

    private static T? Read<T>(string name, string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, List<string> errors) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException ex)
        {
            errors.Add($"{name} is not valid JSON: {ex.Message}");
            return null;
        }
    }

    private static InvalidDataException Problems(List<string> errors) =>
        new($"Crisis phrase files have {errors.Count} problem(s): {string.Join("; ", errors)}.");
}
