// The message box and the slash-command picker: "/" lists the registered commands (subcommands
// flattened, e.g. "reminders set"); picking one opens a small form with a control per option.

import { escapeHtml } from './markdown.js';

// Discord's option types (interactions/application-commands).
export const OptionType = {
  SubCommand: 1, SubCommandGroup: 2, String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8,
  Mentionable: 9, Number: 10, Attachment: 11,
};

/** Flattens chat-input commands into one entry per runnable path. */
export function flattenCommands(commands) {
  const entries = [];
  for (const command of commands ?? []) {
    if ((command.type ?? 1) !== 1) continue;
    const children = command.options ?? [];
    const subs = children.filter((o) => o.type === OptionType.SubCommand || o.type === OptionType.SubCommandGroup);
    if (!subs.length) {
      entries.push({ path: command.name, command, group: null, sub: null, options: children, description: command.description });
      continue;
    }
    for (const sub of subs) {
      if (sub.type === OptionType.SubCommand) {
        entries.push({ path: `${command.name} ${sub.name}`, command, group: null, sub, options: sub.options ?? [], description: sub.description });
      } else {
        for (const leaf of (sub.options ?? []).filter((o) => o.type === OptionType.SubCommand)) {
          entries.push({ path: `${command.name} ${sub.name} ${leaf.name}`, command, group: sub, sub: leaf, options: leaf.options ?? [], description: leaf.description });
        }
      }
    }
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether a command shows for this person here: contexts (guild or bot DM) and default_member_permissions. */
export function commandAvailable(command, channel, user) {
  const contexts = command.contexts;
  const context = channel?.kind === 'dm' ? 1 : 0;
  if (channel?.kind === 'dm' && command.guild_id) return false;
  if (Array.isArray(contexts) && !contexts.includes(context)) return false;
  if (context === 0 && command.default_member_permissions != null) {
    const required = BigInt(command.default_member_permissions);
    const has = BigInt(user?.permissions ?? '0');
    const administrator = 8n;
    if ((has & administrator) !== administrator && (has & required) !== required) return false;
    if (required === 0n && (has & administrator) !== administrator) return false;
  }
  return true;
}

/**
 * Wires the composer.
 * @param {object} deps { getState(), currentUser(), currentChannel(), sendMessage(content), runCommand(entry, options), autocomplete(entry, options) }
 */
export function setupComposer(deps) {
  const form = document.getElementById('composer');
  const input = document.getElementById('composer-input');
  const list = document.getElementById('command-suggestions');
  const commandForm = document.getElementById('command-form');
  const optionsBox = document.getElementById('command-options');
  const error = document.getElementById('command-error');
  let entries = [];
  let active = -1;
  let picked = null;

  const available = () => flattenCommands(deps.getState().commands.filter((c) => commandAvailable(c, deps.currentChannel(), deps.currentUser())));

  const closeList = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    entries = [];
  };

  const showList = () => {
    const text = input.value;
    if (!text.startsWith('/')) return closeList();
    const typed = text.slice(1).trim().toLowerCase();
    entries = available().filter((e) => e.path.startsWith(typed) || e.path.includes(typed));
    if (!entries.length) {
      list.replaceChildren(Object.assign(document.createElement('li'), { className: 'suggestion-empty', textContent: 'No matching commands' }));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      entries = [];
      active = -1;
      return;
    }
    list.replaceChildren(...entries.map((entry, index) => {
      const item = document.createElement('li');
      item.id = `command-option-${index}`;
      item.setAttribute('role', 'option');
      item.className = 'suggestion';
      item.dataset.path = entry.path;
      item.innerHTML = `<span class="suggestion-name">/${escapeHtml(entry.path)}</span> <span class="suggestion-description">${escapeHtml(entry.description ?? '')}</span>`;
      item.addEventListener('mousedown', (event) => event.preventDefault());
      item.addEventListener('click', () => pick(entry));
      return item;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(Math.min(Math.max(active, 0), entries.length - 1));
  };

  const setActive = (index) => {
    active = index;
    [...list.children].forEach((child, i) => child.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView?.({ block: 'nearest' });
    }
  };

  const pick = (entry) => {
    closeList();
    picked = entry;
    input.value = '';
    openCommandForm(entry);
  };

  input.addEventListener('input', showList);
  input.addEventListener('keydown', (event) => {
    if (list.hidden || !entries.length) {
      if (event.key === 'Escape') closeList();
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((active + 1) % entries.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((active - 1 + entries.length) % entries.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      if (active >= 0) {
        event.preventDefault();
        pick(entries[active]);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeList();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) closeList(); }, 150));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (text.startsWith('/')) {
      const match = available().find((e) => e.path === text.slice(1).trim().toLowerCase());
      if (match) return pick(match);
      showList();
      return;
    }
    input.value = '';
    try {
      await deps.sendMessage(text);
    } catch (problem) {
      input.value = text;
      deps.notice(problem.message);
    }
  });

  const openCommandForm = (entry) => {
    document.getElementById('command-form-title').textContent = `/${entry.path}`;
    document.getElementById('command-form-description').textContent = entry.description ?? '';
    error.textContent = '';
    optionsBox.replaceChildren(...entry.options.map((option) => renderOption(option, entry)));
    if (!entry.options.length) {
      optionsBox.append(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'This command has no options.' }));
    }
    commandForm.hidden = false;
    (optionsBox.querySelector('input, select, textarea') ?? document.getElementById('command-send')).focus();
  };

  const closeCommandForm = () => {
    commandForm.hidden = true;
    optionsBox.replaceChildren();
    picked = null;
    input.focus();
  };

  document.getElementById('command-cancel').addEventListener('click', closeCommandForm);
  commandForm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.target.closest('.autocomplete:has([aria-expanded="true"])')) closeCommandForm();
  });

  commandForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!picked) return;
    error.textContent = '';
    const missing = [...optionsBox.querySelectorAll('[data-option][data-required="true"]')].find((control) => optionValue(control) === null);
    if (missing) {
      error.textContent = `${missing.dataset.option} is required.`;
      missing.focus();
      return;
    }
    const send = document.getElementById('command-send');
    send.disabled = true;
    try {
      await deps.runCommand(picked, buildOptions(picked, optionsBox, null));
      closeCommandForm();
    } catch (problem) {
      error.textContent = problem.message;
    } finally {
      send.disabled = false;
    }
  });

  function renderOption(option, entry) {
    const id = `option-${option.name}`;
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = option.name;
    if (option.required) label.insertAdjacentHTML('beforeend', ' <span class="required">(required)</span>');
    const hintParts = [option.description];
    if (option.min_value != null || option.max_value != null) hintParts.push(`from ${option.min_value ?? '…'} to ${option.max_value ?? '…'}`);
    if (option.max_length != null) hintParts.push(`up to ${option.max_length} characters`);
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = hintParts.filter(Boolean).join(' · ');

    let control;
    const state = deps.getState();
    const selectOf = (items) => {
      const select = document.createElement('select');
      select.innerHTML = `<option value="">${option.required ? 'Choose…' : '(none)'}</option>` +
        items.map((i) => `<option value="${escapeHtml(i.value)}">${escapeHtml(i.label)}</option>`).join('');
      return select;
    };
    if (option.choices?.length) {
      control = selectOf(option.choices.map((c) => ({ value: String(c.value), label: c.name })));
    } else {
      switch (option.type) {
        case OptionType.Integer:
        case OptionType.Number:
          control = document.createElement('input');
          control.type = 'number';
          control.step = option.type === OptionType.Integer ? '1' : 'any';
          control.inputMode = option.type === OptionType.Integer ? 'numeric' : 'decimal';
          if (option.min_value != null) control.min = option.min_value;
          if (option.max_value != null) control.max = option.max_value;
          break;
        case OptionType.Boolean:
          control = selectOf([{ value: 'true', label: 'True' }, { value: 'false', label: 'False' }]);
          break;
        case OptionType.User:
          control = selectOf([...state.users, state.bot].map((u) => ({ value: u.id, label: u.name })));
          break;
        case OptionType.Channel:
          control = selectOf(state.channels.filter((c) => c.kind === 'text' && (!option.channel_types || option.channel_types.includes(0)))
            .map((c) => ({ value: c.id, label: `#${c.name}` })));
          break;
        case OptionType.Role:
          control = selectOf(state.roles.map((r) => ({ value: r.id, label: `@${r.name}` })));
          break;
        case OptionType.Mentionable:
          control = selectOf([...state.users.map((u) => ({ value: u.id, label: u.name })), ...state.roles.map((r) => ({ value: r.id, label: `@${r.name}` }))]);
          break;
        case OptionType.Attachment:
          control = document.createElement('input');
          control.type = 'text';
          control.disabled = true;
          control.placeholder = 'Attachments cannot be sent from the sandbox yet';
          break;
        default:
          control = document.createElement('input');
          control.type = 'text';
          if (option.min_length != null) control.minLength = option.min_length;
          if (option.max_length != null) control.maxLength = option.max_length;
      }
    }
    control.id = id;
    control.name = option.name;
    control.dataset.option = option.name;
    control.dataset.type = String(option.type);
    control.dataset.required = String(!!option.required);
    control.setAttribute('aria-describedby', hint.id);
    if (option.required) control.setAttribute('aria-required', 'true');
    wrap.append(label, hint);
    if (option.autocomplete && control instanceof HTMLInputElement && !control.disabled) wrap.append(autocompleteBox(control, option, entry));
    else wrap.append(control);
    return wrap;
  }

  function autocompleteBox(control, option, entry) {
    const box = document.createElement('div');
    box.className = 'autocomplete';
    const listId = `${control.id}-suggestions`;
    const suggestions = document.createElement('ul');
    suggestions.id = listId;
    suggestions.className = 'suggestions';
    suggestions.setAttribute('role', 'listbox');
    suggestions.setAttribute('aria-label', `Suggestions for ${option.name}`);
    suggestions.hidden = true;
    control.setAttribute('role', 'combobox');
    control.setAttribute('aria-autocomplete', 'list');
    control.setAttribute('aria-expanded', 'false');
    control.setAttribute('aria-controls', listId);
    let choices = [];
    let activeChoice = -1;
    let timer = 0;
    let asked = 0;

    const close = () => {
      suggestions.hidden = true;
      control.setAttribute('aria-expanded', 'false');
      control.removeAttribute('aria-activedescendant');
      activeChoice = -1;
    };
    const choose = (choice) => {
      control.value = choice.name;
      control.dataset.value = String(choice.value);
      close();
    };
    const mark = (index) => {
      activeChoice = index;
      [...suggestions.children].forEach((child, i) => child.setAttribute('aria-selected', String(i === index)));
      if (suggestions.children[index]) control.setAttribute('aria-activedescendant', suggestions.children[index].id);
    };
    const ask = async () => {
      const ticket = ++asked;
      try {
        const result = await deps.autocomplete(entry, buildOptions(entry, optionsBox, option.name));
        if (ticket !== asked) return;
        choices = result.choices ?? [];
        suggestions.replaceChildren(...choices.map((choice, index) => {
          const item = document.createElement('li');
          item.id = `${listId}-${index}`;
          item.className = 'suggestion';
          item.setAttribute('role', 'option');
          item.textContent = choice.name;
          item.addEventListener('mousedown', (event) => event.preventDefault());
          item.addEventListener('click', () => choose(choice));
          return item;
        }));
        suggestions.hidden = choices.length === 0;
        control.setAttribute('aria-expanded', String(choices.length > 0));
      } catch {
        // Autocomplete is a convenience; typing the value still works.
      }
    };
    control.addEventListener('input', () => {
      delete control.dataset.value;
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });
    control.addEventListener('focus', () => { if (!choices.length) ask(); });
    control.addEventListener('blur', () => setTimeout(close, 150));
    control.addEventListener('keydown', (event) => {
      if (suggestions.hidden || !choices.length) return;
      if (event.key === 'ArrowDown') { event.preventDefault(); mark((activeChoice + 1) % choices.length); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); mark((activeChoice - 1 + choices.length) % choices.length); }
      else if (event.key === 'Enter' && activeChoice >= 0) { event.preventDefault(); choose(choices[activeChoice]); }
      else if (event.key === 'Escape') { event.preventDefault(); close(); }
    });
    box.append(control, suggestions);
    return box;
  }
}

/** The value a control holds, typed for Discord, or null when empty. */
function optionValue(control) {
  const raw = control.dataset.value ?? control.value;
  if (raw === '' || raw == null) return null;
  switch (Number(control.dataset.type)) {
    case OptionType.Integer: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
    case OptionType.Number: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
    case OptionType.Boolean:
      return raw === 'true';
    default:
      return raw;
  }
}

/** Builds the Discord option tree (subcommand group → subcommand → leaves); `focused` marks the option being typed. */
function buildOptions(entry, box, focused) {
  const leaves = [];
  for (const control of box.querySelectorAll('[data-option]')) {
    const name = control.dataset.option;
    const isFocused = name === focused;
    const value = isFocused ? (control.value ?? '') : optionValue(control);
    if (value === null) continue;
    const leaf = { name, type: Number(control.dataset.type), value };
    if (isFocused) leaf.focused = true;
    leaves.push(leaf);
  }
  if (!entry.sub) return leaves;
  const sub = { name: entry.sub.name, type: OptionType.SubCommand, options: leaves };
  return entry.group ? [{ name: entry.group.name, type: OptionType.SubCommandGroup, options: [sub] }] : [sub];
}
