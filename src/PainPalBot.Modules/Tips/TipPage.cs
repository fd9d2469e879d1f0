namespace PainPalBot.Modules.Tips;

/// <summary>One page of <c>/tips</c>, best first.</summary>
/// <param name="Message">The page as text (at most 2,000 characters), for an ephemeral reply.</param>
/// <param name="Tips">The tips on the page.</param>
/// <param name="Topic">The topic browsed, tidied, or null for all.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageCount">How many pages there are (at least 1).</param>
public sealed record TipPage(string Message, IReadOnlyList<TipView> Tips, string? Topic, int Page, int PageCount);
