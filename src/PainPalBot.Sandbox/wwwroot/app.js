// The sandbox page: one pretend Discord server, seen as one of its pretend people at a time.
// State comes from GET /sandbox/api/state; changes arrive as server-sent events.

import { api, listen } from './api.js';
import { renderMessage, visibleTo, wireSpoilers } from './render.js';
import { openModal } from './modal.js';
import { commandAvailable, setupComposer } from './composer.js';

const state = {
  guild: { id: '', name: 'Server' },
  bot: { id: '', name: 'PainPalBot' },
  channels: [],
  users: [],
  roles: [],
  commands: [],
  clock: { now: null, offsetMinutes: 0 },
  messages: new Map(),
};
const view = {
  userId: localStorage.getItem('painpal.sandbox.user') ?? '',
  channelId: '',
  unread: new Set(),
  dismissed: new Set(),
  pendingModals: new Map(),
};

const $ = (id) => document.getElementById(id);

const names = {
  userName: (id) => (id === state.bot.id ? state.bot.name : state.users.find((u) => u.id === id)?.name),
  channelName: (id) => state.channels.find((c) => c.id === id)?.name,
  roleName: (id) => state.roles.find((r) => r.id === id)?.name,
};

const currentUser = () => state.users.find((u) => u.id === view.userId) ?? state.users[0];
const currentChannel = () => state.channels.find((c) => c.id === view.channelId) ?? state.channels[0];
const dmOf = (userId) => state.channels.find((c) => c.kind === 'dm' && c.userId === userId);

const announce = (text) => {
  const line = document.createElement('p');
  line.textContent = text;
  $('live').append(line);
  while ($('live').childElementCount > 5) $('live').firstElementChild.remove();
};

const notice = (text) => {
  announce(text);
  const item = document.createElement('li');
  item.className = 'message notice';
  item.setAttribute('role', 'alert');
  item.textContent = text;
  $('messages').append(item);
  item.scrollIntoView({ block: 'end' });
};

const messageContext = {
  names,
  currentUserId: () => view.userId,
  users: () => [...state.users, state.bot],
  roles: () => state.roles,
  channels: () => state.channels.filter((c) => c.kind === 'text'),
  onButton: (message, component, element) =>
    act(element, () => api.component(view.userId, message.id, component.custom_id, component.type, [])),
  onSelect: (message, component, values, element) =>
    act(element, () => api.component(view.userId, message.id, component.custom_id, component.type, values)),
  // The message commands this person may use here, once each (a name may be registered globally and to the guild).
  messageCommands: () => [...new Set(state.commands
    .filter((c) => c.type === 3 && commandAvailable(c, currentChannel(), currentUser()))
    .map((c) => c.name))],
  onMessageCommand: (message, name, element) => act(element, () => api.messageCommand(view.userId, message.id, name)),
  onDismiss: (message) => {
    view.dismissed.add(message.id);
    $(`message-${message.id}`)?.remove();
    $('composer-input').focus();
  },
};

async function act(element, call) {
  element.setAttribute('aria-busy', 'true');
  try {
    await call();
  } catch (problem) {
    notice(problem.message);
  } finally {
    element.removeAttribute('aria-busy');
  }
}

// The sandbox's order, not ids: people's messages and the bot's come from different id ranges.
function byOrder(a, b) {
  return a.order - b.order;
}

function shown(message) {
  return message.channelId === view.channelId && visibleTo(message, view.userId) && !view.dismissed.has(message.id);
}

function renderChannels() {
  $('guild-name').textContent = state.guild.name;
  const item = (channel, label) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'channel';
    button.dataset.channelId = channel.id;
    const unread = view.unread.has(channel.id);
    button.innerHTML = '';
    button.append(document.createTextNode(label));
    if (unread) {
      const badge = document.createElement('span');
      badge.className = 'unread';
      badge.textContent = ' new';
      button.append(badge);
    }
    if (channel.id === view.channelId) button.setAttribute('aria-current', 'page');
    button.addEventListener('click', () => selectChannel(channel.id));
    li.append(button);
    return li;
  };
  $('channel-list').replaceChildren(...state.channels.filter((c) => c.kind === 'text').map((c) => item(c, `# ${c.name}`)));
  const dm = dmOf(view.userId);
  $('dm-list').replaceChildren(...(dm ? [item(dm, `@ ${state.bot.name}`)] : []));
}

function renderUsers() {
  const select = $('acting-as');
  select.replaceChildren(...state.users.map((u) => {
    const option = document.createElement('option');
    option.value = u.id;
    option.textContent = u.moderator ? `${u.name} (moderator)` : u.name;
    option.selected = u.id === view.userId;
    return option;
  }));
  $('moderator-switch').checked = !!currentUser()?.moderator;
}

function renderClock() {
  if (!state.clock.now) return;
  const now = new Date(state.clock.now);
  $('clock-now').textContent = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
  }).format(now) + ' UTC';
  $('clock-now').dateTime = state.clock.now;
}

function channelTitle(channel) {
  return channel.kind === 'dm' ? `@${state.bot.name}` : `#${channel.name}`;
}

function renderMessages() {
  const channel = currentChannel();
  if (!channel) return;
  $('channel-title').textContent = channelTitle(channel);
  $('channel-topic').textContent = channel.kind === 'dm'
    ? `Your direct messages with ${state.bot.name}, seen as ${currentUser()?.name}.`
    : channel.topic ?? '';
  $('composer-label').textContent = `Message ${channelTitle(channel)}`;
  $('composer-input').placeholder = `Message ${channelTitle(channel)} — type / for commands`;
  const list = [...state.messages.values()].filter(shown).sort(byOrder);
  $('messages').replaceChildren(...list.map((m) => renderMessage(m, messageContext)));
  const last = $('messages').lastElementChild;
  last?.scrollIntoView({ block: 'end' });
}

function selectChannel(channelId) {
  view.channelId = channelId;
  view.unread.delete(channelId);
  renderChannels();
  renderMessages();
  $('composer-input').focus();
}

function selectUser(userId) {
  view.userId = userId;
  localStorage.setItem('painpal.sandbox.user', userId);
  const channel = currentChannel();
  if (channel?.kind === 'dm' && channel.userId !== userId) view.channelId = dmOf(userId)?.id ?? state.channels[0].id;
  renderUsers();
  renderChannels();
  renderMessages();
  const pending = view.pendingModals.get(userId);
  if (pending) {
    view.pendingModals.delete(userId);
    showModal(pending);
  }
}

function upsertMessage(message) {
  const previous = state.messages.get(message.id);
  state.messages.set(message.id, message);
  if (!visibleTo(message, view.userId)) return;
  if (message.channelId !== view.channelId) {
    const channel = state.channels.find((c) => c.id === message.channelId);
    const mine = channel && (channel.kind === 'text' || channel.userId === view.userId);
    if (mine && !previous) {
      view.unread.add(message.channelId);
      renderChannels();
      announce(`New message from ${message.author?.name ?? 'someone'} in ${channelTitle(channel)}`);
    }
    return;
  }
  if (view.dismissed.has(message.id)) return;
  const element = renderMessage(message, messageContext);
  const existing = $(`message-${message.id}`);
  if (existing) {
    existing.replaceWith(element);
  } else {
    const after = [...$('messages').querySelectorAll('li[data-order]')].find((li) => Number(li.dataset.order) > message.order);
    $('messages').insertBefore(element, after ?? null);
    element.scrollIntoView({ block: 'end' });
  }
  if (!previous || (previous.deferred && !message.deferred)) {
    const text = message.content || message.embeds?.[0]?.title || message.embeds?.[0]?.description || (message.deferred ? 'is thinking…' : 'sent a message');
    announce(`${message.author?.name ?? 'Someone'}${message.ephemeral ? ' (only you can see this)' : ''}: ${text.slice(0, 200)}`);
  }
}

function showModal(event) {
  openModal(event.modal, names, (fields) => api.modal(event.userId, event.channelId, event.modal.custom_id, fields, event.messageId));
}

// Events can overtake the state snapshot; the higher version of a message wins.
function merge(snapshot, seen) {
  for (const message of seen.values()) {
    const other = snapshot.get(message.id);
    if (!other || other.version < message.version) snapshot.set(message.id, message);
  }
  return snapshot;
}

async function load() {
  const data = await api.state();
  Object.assign(state, {
    guild: data.guild,
    bot: data.bot,
    channels: data.channels,
    users: data.users,
    roles: data.roles,
    commands: data.commands,
    clock: data.clock,
    messages: merge(new Map(data.messages.map((m) => [m.id, m])), state.messages),
  });
  if (!state.users.some((u) => u.id === view.userId)) view.userId = state.users[0]?.id ?? '';
  if (!state.channels.some((c) => c.id === view.channelId)) view.channelId = state.channels[0]?.id ?? '';
  renderUsers();
  renderChannels();
  renderClock();
  renderMessages();
  document.body.dataset.ready = 'true';
}

function wireControls() {
  $('acting-as').addEventListener('change', (event) => selectUser(event.target.value));
  $('moderator-switch').addEventListener('change', async (event) => {
    const on = event.target.checked;
    try {
      await api.moderator(view.userId, on);
      announce(on ? `${currentUser().name} is now a moderator` : `${currentUser().name} is no longer a moderator`);
    } catch (problem) {
      event.target.checked = !on;
      notice(problem.message);
    }
  });
  const advance = async (minutes) => {
    try {
      const clock = await api.clock(minutes);
      state.clock = clock;
      renderClock();
      announce(`Sandbox clock is now ${$('clock-now').textContent}`);
    } catch (problem) {
      notice(problem.message);
    }
  };
  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', () => advance(Number(button.dataset.advance)));
  }
  $('advance-custom').addEventListener('click', () => {
    const minutes = Number($('advance-minutes').value);
    if (!Number.isFinite(minutes) || minutes < 1) {
      notice('Enter a whole number of minutes, 1 or more.');
      $('advance-minutes').focus();
      return;
    }
    advance(Math.round(minutes));
  });
  $('controls').addEventListener('submit', (event) => event.preventDefault());
  wireSpoilers($('messages'));
}

setupComposer({
  getState: () => state,
  currentUser,
  currentChannel,
  notice,
  sendMessage: (content) => api.message(view.userId, view.channelId, content),
  runCommand: (entry, options) => api.command(view.userId, view.channelId, entry.command.name, options),
  autocomplete: (entry, options) => api.autocomplete(view.userId, view.channelId, entry.command.name, options),
});
wireControls();

let firstOpen = true;
listen({
  open: () => {
    $('connection').hidden = true;
    // After a reconnect, reload: events sent while away are gone.
    if (!firstOpen) load().catch((problem) => notice(problem.message));
    firstOpen = false;
  },
  error: () => { $('connection').hidden = false; },
  message: upsertMessage,
  delete: ({ id }) => {
    state.messages.set(id, { id, deleted: true, version: Number.MAX_SAFE_INTEGER, channelId: '' });
    $(`message-${id}`)?.remove();
  },
  modal: (event) => {
    if (event.userId === view.userId) showModal(event);
    else view.pendingModals.set(event.userId, event);
  },
  // Messages carry an Apps menu of the message commands, so they are drawn again with the new set.
  commands: (commands) => { state.commands = commands; renderMessages(); },
  clock: (clock) => { state.clock = clock; renderClock(); },
  users: (users) => { state.users = users; renderUsers(); },
});
load().catch((problem) => notice(`Could not load the sandbox: ${problem.message}`));
