// Discord's markdown, the parts a bot uses: bold, italics, underline, strikethrough, spoilers,
// inline and block code, headings, quotes, lists, links, mentions and timestamps.
// Text is escaped first, so the only tags in the output are the ones made here.

const escapeMap = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => escapeMap[c]);
}

const safeUrl = (url) => /^https?:\/\//i.test(url);

/**
 * Renders markdown to an HTML string.
 * @param {string} text the message text
 * @param {{userName:(id:string)=>string|undefined, channelName:(id:string)=>string|undefined, roleName:(id:string)=>string|undefined}} names
 */
export function renderMarkdown(text, names) {
  const source = String(text ?? '');
  const out = [];
  const blocks = source.split(/```/);
  blocks.forEach((block, i) => {
    if (i % 2 === 1) {
      // A code block: the first line may name a language.
      const body = block.replace(/^[a-z0-9+-]*\n/i, '');
      out.push(`<pre class="md-codeblock"><code>${escapeHtml(body.replace(/\n$/, ''))}</code></pre>`);
    } else {
      out.push(renderLines(block, names));
    }
  });
  return out.join('');
}

function renderLines(text, names) {
  const lines = text.split('\n');
  const html = [];
  let list = null;
  const closeList = () => {
    if (list) html.push(`<ul class="md-list">${list.join('')}</ul>`);
    list = null;
  };
  lines.forEach((line, index) => {
    let match;
    if ((match = /^(#{1,3}) (.+)$/.exec(line))) {
      closeList();
      const level = match[1].length;
      html.push(`<span class="md-h md-h${level}" role="heading" aria-level="${level + 3}">${inline(match[2], names)}</span>`);
    } else if ((match = /^-# (.+)$/.exec(line))) {
      closeList();
      html.push(`<small class="md-subtext">${inline(match[1], names)}</small>`);
    } else if ((match = /^>>> ([\s\S]*)$/.exec(line))) {
      closeList();
      html.push(`<blockquote class="md-quote">${inline(lines.slice(index).join('\n').slice(4), names).replace(/\n/g, '<br>')}</blockquote>`);
      lines.length = index + 1;
    } else if ((match = /^> ?(.*)$/.exec(line))) {
      closeList();
      html.push(`<blockquote class="md-quote">${inline(match[1], names)}</blockquote>`);
    } else if ((match = /^\s*[-*] (.+)$/.exec(line))) {
      list ??= [];
      list.push(`<li>${inline(match[1], names)}</li>`);
    } else {
      closeList();
      html.push(inline(line, names) + (index < lines.length - 1 ? '<br>' : ''));
    }
  });
  closeList();
  return html.join('');
}

function inline(text, names) {
  const held = [];
  const hold = (html) => `\u0000${held.push(html) - 1}\u0000`;
  let s = String(text);

  // Code and links are taken out first so nothing inside them is formatted again.
  s = s.replace(/`([^`]+)`/g, (_, code) => hold(`<code class="md-code">${escapeHtml(code)}</code>`));
  s = s.replace(/\[([^\]]+)\]\(<?(https?:\/\/[^\s)>]+)>?\)/g, (_, label, url) =>
    hold(`<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(label)}</a>`));
  s = s.replace(/<?(https?:\/\/[^\s<>]+[^\s<>.,;:!?)\]'"])>?/g, (_, url) =>
    safeUrl(url) ? hold(`<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(url)}</a>`) : url);
  s = s.replace(/<@!?(\d+)>/g, (_, id) => hold(`<span class="mention">@${escapeHtml(names.userName(id) ?? 'unknown-user')}</span>`));
  s = s.replace(/<@&(\d+)>/g, (_, id) => hold(`<span class="mention">@${escapeHtml(names.roleName(id) ?? 'unknown-role')}</span>`));
  s = s.replace(/<#(\d+)>/g, (_, id) => hold(`<span class="mention">#${escapeHtml(names.channelName(id) ?? 'unknown-channel')}</span>`));
  s = s.replace(/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_, seconds, style) => hold(timestamp(Number(seconds), style)));

  s = escapeHtml(s);
  s = s.replace(/\|\|(.+?)\|\|/g, '<span class="spoiler" role="button" tabindex="0" aria-expanded="false" aria-label="Spoiler, press to reveal"><span class="spoiler-text">$1</span></span>');
  s = s.replace(/\*\*\*(.+?)\*\*\*/g, '<strong><em>$1</em></strong>');
  s = s.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/__(.+?)__/g, '<u>$1</u>');
  s = s.replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1<em>$2</em>');
  s = s.replace(/(^|[^\w])_(?!\s)(.+?)_(?!\w)/g, '$1<em>$2</em>');
  s = s.replace(/~~(.+?)~~/g, '<s>$1</s>');
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => held[Number(i)]);
}

function timestamp(seconds, style) {
  const date = new Date(seconds * 1000);
  const options = {
    t: { timeStyle: 'short' },
    T: { timeStyle: 'medium' },
    d: { dateStyle: 'short' },
    D: { dateStyle: 'long' },
    f: { dateStyle: 'long', timeStyle: 'short' },
    F: { dateStyle: 'full', timeStyle: 'short' },
  }[style ?? 'f'];
  const text = options ? new Intl.DateTimeFormat(undefined, options).format(date) : relative(date);
  return `<time class="md-time" datetime="${date.toISOString()}">${escapeHtml(text)}</time>`;
}

function relative(date) {
  const minutes = Math.round((date.getTime() - Date.now()) / 60000);
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 60 * 48) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}
