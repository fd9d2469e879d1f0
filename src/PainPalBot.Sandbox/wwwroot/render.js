// Turns the sandbox's message view models (README.md, "Message") into accessible DOM:
// text with markdown, embeds, attachments, the bot's components (buttons, selects), and each
// message's Apps menu of the bot's message commands.

import { escapeHtml, renderMarkdown } from './markdown.js';

// Discord's component types (components/reference).
export const ComponentType = {
  ActionRow: 1, Button: 2, StringSelect: 3, TextInput: 4, UserSelect: 5, RoleSelect: 6, MentionableSelect: 7,
  ChannelSelect: 8, Section: 9, TextDisplay: 10, Thumbnail: 11, MediaGallery: 12, File: 13, Separator: 14,
  Container: 17, Label: 18,
};

const ButtonStyleClass = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' };
const Ephemeral = 64;

let selectCounter = 0;

/**
 * Builds one message's list item.
 * @param {object} message the view model
 * @param {object} ctx { names, currentUserId, onButton(message, component, element), onSelect(message, component, values, element), onDismiss(message), clockNow(),
 *   messageCommands(message) → names, onMessageCommand(message, name, element) }
 */
export function renderMessage(message, ctx) {
  const item = document.createElement('li');
  item.className = 'message';
  item.id = `message-${message.id}`;
  item.dataset.messageId = message.id;
  item.dataset.order = String(message.order);
  if (message.author?.bot) item.classList.add('from-bot');
  if (message.ephemeral) item.classList.add('ephemeral');

  const article = document.createElement('article');
  article.setAttribute('aria-label', `${message.author?.name ?? 'Someone'}${message.ephemeral ? ', only you can see this' : ''}`);
  item.append(article);

  if (message.interaction) {
    const context = document.createElement('p');
    context.className = 'message-context';
    // A slash command shows as "/name"; a message command (type 3) by its name, as Discord shows them.
    const shownName = message.interaction.type === 3 ? message.interaction.name : `/${message.interaction.name}`;
    context.innerHTML = `<span class="context-user">${escapeHtml(message.interaction.userName)}</span> used <span class="context-command">${escapeHtml(shownName)}</span>`;
    article.append(context);
  }

  const head = document.createElement('p');
  head.className = 'message-head';
  const when = new Date(message.timestamp);
  head.innerHTML =
    `<span class="author">${escapeHtml(message.author?.name ?? 'unknown')}</span>` +
    (message.author?.bot ? ' <span class="badge" title="A bot">APP</span>' : '') +
    ` <time datetime="${escapeHtml(message.timestamp)}">${escapeHtml(formatTime(when))}</time>`;
  article.append(head);

  if (message.deferred) {
    const thinking = document.createElement('p');
    thinking.className = 'thinking';
    thinking.textContent = `${message.author?.name ?? 'The app'} is thinking…`;
    article.append(thinking);
  }

  if (message.content) {
    const body = document.createElement('div');
    body.className = 'message-body';
    body.innerHTML = renderMarkdown(message.content, ctx.names);
    if (message.edited) body.insertAdjacentHTML('beforeend', ' <span class="edited">(edited)</span>');
    article.append(body);
  }

  const usedInEmbeds = new Set();
  for (const embed of message.embeds ?? []) article.append(renderEmbed(embed, message, ctx, usedInEmbeds));

  const files = (message.attachments ?? []).filter((a) => !usedInEmbeds.has(a.filename));
  if (files.length) {
    const list = document.createElement('div');
    list.className = 'attachments';
    for (const attachment of files) list.append(renderAttachment(attachment));
    article.append(list);
  }

  const components = renderComponents(message.components ?? [], message, ctx);
  if (components) article.append(components);

  const apps = message.ephemeral ? [] : ctx.messageCommands?.(message) ?? [];
  if (apps.length) article.append(renderApps(message, apps, ctx));

  if (message.ephemeral) {
    const note = document.createElement('p');
    note.className = 'ephemeral-note';
    note.innerHTML = '<span class="ephemeral-icon" aria-hidden="true"></span><span class="ephemeral-label">Only you can see this</span> · ';
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'link-button';
    dismiss.textContent = 'Dismiss message';
    dismiss.addEventListener('click', () => ctx.onDismiss(message));
    note.append(dismiss);
    article.append(note);
  }

  return item;
}

/** A message's context menu (Discord: right-click, Apps): one button per message command the bot registered. */
function renderApps(message, names, ctx) {
  const menu = document.createElement('details');
  menu.className = 'message-apps';
  const summary = document.createElement('summary');
  summary.textContent = 'Apps';
  summary.setAttribute('aria-label', `Apps for the message from ${message.author?.name ?? 'someone'}`);
  menu.append(summary);
  const list = document.createElement('div');
  list.className = 'message-apps-list';
  for (const name of names) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'message-app';
    button.textContent = name;
    button.addEventListener('click', () => {
      menu.open = false;
      ctx.onMessageCommand(message, name, button);
    });
    list.append(button);
  }
  menu.append(list);
  return menu;
}

/** Spoilers stay hidden until a click or Enter/Space reveals them. */
export function wireSpoilers(root) {
  const reveal = (target) => {
    const spoiler = target.closest?.('.spoiler');
    if (!spoiler || spoiler.classList.contains('revealed')) return false;
    spoiler.classList.add('revealed');
    spoiler.setAttribute('aria-expanded', 'true');
    spoiler.removeAttribute('aria-label');
    return true;
  };
  root.addEventListener('click', (event) => reveal(event.target));
  root.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
  });
}

function formatTime(date) {
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}

function resolveMedia(url, message, usedInEmbeds) {
  if (!url) return null;
  if (url.startsWith('attachment://')) {
    const name = url.slice('attachment://'.length);
    const attachment = (message.attachments ?? []).find((a) => a.filename === name);
    if (!attachment) return null;
    usedInEmbeds.add(name);
    return { url: attachment.url, description: attachment.description };
  }
  return /^https?:\/\//i.test(url) || url.startsWith('/') ? { url, description: null } : null;
}

function renderEmbed(embed, message, ctx, usedInEmbeds) {
  const section = document.createElement('section');
  section.className = 'embed';
  if (typeof embed.color === 'number') section.style.setProperty('--embed-color', `#${embed.color.toString(16).padStart(6, '0')}`);
  const titleId = `embed-${message.id}-${Math.random().toString(36).slice(2, 8)}`;

  if (embed.author?.name) {
    const author = document.createElement('p');
    author.className = 'embed-author';
    author.textContent = embed.author.name;
    section.append(author);
  }
  if (embed.title) {
    const title = document.createElement('h4');
    title.className = 'embed-title';
    title.id = titleId;
    if (embed.url && /^https?:\/\//i.test(embed.url)) {
      const link = document.createElement('a');
      link.href = embed.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.innerHTML = renderMarkdown(embed.title, ctx.names);
      title.append(link);
    } else {
      title.innerHTML = renderMarkdown(embed.title, ctx.names);
    }
    section.append(title);
    section.setAttribute('aria-labelledby', titleId);
  } else {
    section.setAttribute('aria-label', 'Embed');
  }
  if (embed.description) {
    const description = document.createElement('div');
    description.className = 'embed-description';
    description.innerHTML = renderMarkdown(embed.description, ctx.names);
    section.append(description);
  }
  if (embed.fields?.length) {
    const fields = document.createElement('dl');
    fields.className = 'embed-fields';
    for (const field of embed.fields) {
      const wrap = document.createElement('div');
      wrap.className = field.inline ? 'embed-field inline' : 'embed-field';
      const name = document.createElement('dt');
      name.innerHTML = renderMarkdown(field.name, ctx.names);
      const value = document.createElement('dd');
      value.innerHTML = renderMarkdown(field.value, ctx.names);
      wrap.append(name, value);
      fields.append(wrap);
    }
    section.append(fields);
  }
  const image = resolveMedia(embed.image?.url, message, usedInEmbeds);
  if (image) section.append(renderImage(image.url, image.description ?? embed.title ?? 'Embedded image', 'embed-image'));
  const thumbnail = resolveMedia(embed.thumbnail?.url, message, usedInEmbeds);
  if (thumbnail) section.append(renderImage(thumbnail.url, thumbnail.description ?? 'Thumbnail', 'embed-thumbnail'));
  if (embed.footer?.text || embed.timestamp) {
    const footer = document.createElement('p');
    footer.className = 'embed-footer';
    const parts = [];
    if (embed.footer?.text) parts.push(embed.footer.text);
    if (embed.timestamp) parts.push(formatTime(new Date(embed.timestamp)));
    footer.textContent = parts.join(' • ');
    section.append(footer);
  }
  return section;
}

function renderImage(url, alt, className) {
  const img = document.createElement('img');
  img.src = url;
  img.alt = alt;
  img.className = className;
  img.loading = 'lazy';
  return img;
}

function renderAttachment(attachment) {
  const isImage = /\.(png|jpe?g|gif|webp)$/i.test(attachment.filename) || (attachment.contentType ?? '').startsWith('image/');
  if (isImage) {
    const figure = document.createElement('figure');
    figure.className = 'attachment';
    figure.append(renderImage(attachment.url, attachment.description || attachment.filename, 'attachment-image'));
    const caption = document.createElement('figcaption');
    const link = document.createElement('a');
    link.href = attachment.url;
    link.download = attachment.filename;
    link.textContent = attachment.filename;
    caption.append(link);
    figure.append(caption);
    return figure;
  }
  const link = document.createElement('a');
  link.className = 'attachment attachment-file';
  link.href = attachment.url;
  link.download = attachment.filename;
  link.textContent = attachment.filename;
  if (attachment.description) link.title = attachment.description;
  return link;
}

function renderComponents(components, message, ctx) {
  if (!components.length) return null;
  const wrap = document.createElement('div');
  wrap.className = 'components';
  for (const component of components) {
    const element = renderComponent(component, message, ctx);
    if (element) wrap.append(element);
  }
  return wrap;
}

function renderComponent(component, message, ctx) {
  switch (component.type) {
    case ComponentType.ActionRow: {
      const row = document.createElement('div');
      row.className = 'action-row';
      row.setAttribute('role', 'group');
      for (const child of component.components ?? []) {
        const element = renderComponent(child, message, ctx);
        if (element) row.append(element);
      }
      return row;
    }
    case ComponentType.Button:
      return renderButton(component, message, ctx);
    case ComponentType.StringSelect:
    case ComponentType.UserSelect:
    case ComponentType.RoleSelect:
    case ComponentType.MentionableSelect:
    case ComponentType.ChannelSelect:
      return renderSelect(component, message, ctx);
    case ComponentType.TextDisplay: {
      const text = document.createElement('div');
      text.className = 'text-display';
      text.innerHTML = renderMarkdown(component.content ?? '', ctx.names);
      return text;
    }
    case ComponentType.Separator:
      return document.createElement('hr');
    case ComponentType.Container:
    case ComponentType.Section: {
      const box = document.createElement('div');
      box.className = component.type === ComponentType.Container ? 'container' : 'section';
      for (const child of component.components ?? []) {
        const element = renderComponent(child, message, ctx);
        if (element) box.append(element);
      }
      if (component.accessory) {
        const accessory = renderComponent(component.accessory, message, ctx);
        if (accessory) box.append(accessory);
      }
      return box;
    }
    case ComponentType.Thumbnail:
      return component.media?.url ? renderImage(component.media.url, component.description ?? 'Thumbnail', 'embed-thumbnail') : null;
    case ComponentType.MediaGallery: {
      const gallery = document.createElement('div');
      gallery.className = 'attachments';
      for (const item of component.items ?? []) {
        const media = resolveMedia(item.media?.url, message, new Set());
        if (media) gallery.append(renderImage(media.url, item.description ?? 'Image', 'attachment-image'));
      }
      return gallery;
    }
    default:
      return null;
  }
}

function renderButton(component, message, ctx) {
  const style = ButtonStyleClass[component.style] ?? 'secondary';
  const label = `${component.emoji?.name ? component.emoji.name + ' ' : ''}${component.label ?? ''}`.trim() || 'Button';
  if (component.style === 5) {
    const link = document.createElement('a');
    link.className = 'button link';
    link.href = component.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = `${label} ↗`;
    if (component.disabled) {
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
    }
    return link;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `button ${style}`;
  button.textContent = label;
  button.disabled = !!component.disabled;
  button.dataset.customId = component.custom_id ?? '';
  button.addEventListener('click', () => ctx.onButton(message, component, button));
  return button;
}

function renderSelect(component, message, ctx) {
  const id = `select-${++selectCounter}`;
  const options = selectOptions(component, ctx);
  const max = Math.min(component.max_values ?? 1, options.length || 1);
  const labelText = component.placeholder || 'Choose an option';
  if (max > 1) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'select-multi';
    fieldset.disabled = !!component.disabled;
    const legend = document.createElement('legend');
    legend.textContent = `${labelText} (up to ${max})`;
    fieldset.append(legend);
    options.forEach((option, index) => {
      const optionId = `${id}-${index}`;
      const wrap = document.createElement('div');
      wrap.className = 'check';
      wrap.innerHTML = `<input type="checkbox" id="${optionId}" value="${escapeHtml(option.value)}"${option.default ? ' checked' : ''}>` +
        `<label for="${optionId}">${escapeHtml(option.label)}${option.description ? ` <span class="hint">${escapeHtml(option.description)}</span>` : ''}</label>`;
      fieldset.append(wrap);
    });
    const send = document.createElement('button');
    send.type = 'button';
    send.className = 'button primary';
    send.textContent = 'Send choice';
    send.addEventListener('click', () => {
      const values = [...fieldset.querySelectorAll('input:checked')].map((input) => input.value);
      ctx.onSelect(message, component, values, send);
    });
    fieldset.append(send);
    return fieldset;
  }
  const wrap = document.createElement('div');
  wrap.className = 'select-single';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = labelText;
  const select = document.createElement('select');
  select.id = id;
  select.disabled = !!component.disabled;
  select.dataset.customId = component.custom_id ?? '';
  select.innerHTML = `<option value="" disabled selected>${escapeHtml(labelText)}</option>` +
    options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}${o.description ? ` — ${escapeHtml(o.description)}` : ''}</option>`).join('');
  select.addEventListener('change', () => {
    if (select.value) ctx.onSelect(message, component, [select.value], select);
  });
  wrap.append(label, select);
  return wrap;
}

function selectOptions(component, ctx) {
  switch (component.type) {
    case ComponentType.StringSelect:
      return (component.options ?? []).map((o) => ({ value: o.value, label: `${o.emoji?.name ? o.emoji.name + ' ' : ''}${o.label}`, description: o.description, default: o.default }));
    case ComponentType.UserSelect:
      return ctx.users().map((u) => ({ value: u.id, label: u.name }));
    case ComponentType.RoleSelect:
      return ctx.roles().map((r) => ({ value: r.id, label: `@${r.name}` }));
    case ComponentType.MentionableSelect:
      return [...ctx.users().map((u) => ({ value: u.id, label: u.name })), ...ctx.roles().map((r) => ({ value: r.id, label: `@${r.name}` }))];
    case ComponentType.ChannelSelect:
      return ctx.channels().map((c) => ({ value: c.id, label: `#${c.name}` }));
    default:
      return [];
  }
}

/** Whether a message is one the person acting now may see (ephemeral ones are for one person only). */
export function visibleTo(message, userId) {
  return !message.ephemeral || !message.visibleToUserId || message.visibleToUserId === userId;
}

export { Ephemeral };
