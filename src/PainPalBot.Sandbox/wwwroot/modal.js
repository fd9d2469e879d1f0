// The bot's modals (interaction callback type 9) as a <dialog>: text inputs and selects inside Label
// components, or the older action rows; focus moves in on open and back to the opener on close.

import { escapeHtml, renderMarkdown } from './markdown.js';
import { ComponentType } from './render.js';

const dialog = () => document.getElementById('modal');
let fieldCounter = 0;
let current = null;

/**
 * Shows a modal and resolves with the fields to submit, or null when cancelled.
 * `submit(fields)` is called on submit; a thrown SandboxError is shown inside the dialog.
 */
export function openModal(modal, names, submit) {
  const element = dialog();
  const form = document.getElementById('modal-form');
  const fields = document.getElementById('modal-fields');
  const error = document.getElementById('modal-error');
  if (current) element.close('replaced');

  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.getElementById('modal-title').textContent = modal.title || 'Form';
  error.textContent = '';
  fields.replaceChildren(...(modal.components ?? []).map((c) => renderField(c, names)).filter(Boolean));

  const state = { modal, opener };
  current = state;

  const onSubmit = async (event) => {
    event.preventDefault();
    error.textContent = '';
    const invalid = [...fields.querySelectorAll('input, textarea, select')].find((input) => !input.checkValidity());
    if (invalid) {
      error.textContent = `${labelOf(invalid)}: ${invalid.validationMessage}`;
      invalid.focus();
      return;
    }
    const submitButton = document.getElementById('modal-submit');
    submitButton.disabled = true;
    try {
      await submit(collect(fields));
      element.close('submitted');
    } catch (problem) {
      error.textContent = problem.message;
    } finally {
      submitButton.disabled = false;
    }
  };
  const onCancel = () => element.close('cancelled');
  const onClose = () => {
    form.removeEventListener('submit', onSubmit);
    document.getElementById('modal-cancel').removeEventListener('click', onCancel);
    element.removeEventListener('close', onClose);
    if (current === state) current = null;
    // Back to what opened it; if that is gone or hidden (the command form closes on send), to the message box.
    const opener = state.opener;
    // (A button disabled while it sends leaves focus on <body>: that is no place to return to.)
    const usable = opener && opener !== document.body && opener.isConnected && opener.checkVisibility() && !opener.disabled;
    const back = usable ? opener : document.getElementById('composer-input');
    back?.focus();
  };
  form.addEventListener('submit', onSubmit);
  document.getElementById('modal-cancel').addEventListener('click', onCancel);
  element.addEventListener('close', onClose);

  element.showModal();
  const first = fields.querySelector('input, textarea, select');
  (first ?? document.getElementById('modal-submit')).focus();
}

function labelOf(input) {
  return document.querySelector(`label[for="${input.id}"]`)?.firstChild?.textContent?.trim() ?? 'This field';
}

function renderField(component, names) {
  if (component.type === ComponentType.Label) {
    return renderInput(component.component, component.label, component.description, names);
  }
  if (component.type === ComponentType.ActionRow) {
    const child = component.components?.[0];
    return child ? renderInput(child, child.label, null, names) : null;
  }
  if (component.type === ComponentType.TextDisplay) {
    const text = document.createElement('div');
    text.className = 'text-display';
    text.innerHTML = renderMarkdown(component.content ?? '', names);
    return text;
  }
  return null;
}

function renderInput(input, labelText, description, names) {
  if (!input) return null;
  const id = `modal-field-${++fieldCounter}`;
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.append(document.createTextNode(labelText || input.custom_id));
  // Text inputs are required unless the bot says otherwise, as in Discord.
  const required = input.required ?? input.type === ComponentType.TextInput;
  if (required) label.insertAdjacentHTML('beforeend', ' <span class="required">(required)</span>');
  wrap.append(label);
  if (description) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = description;
    wrap.append(hint);
  }

  let control;
  if (input.type === ComponentType.TextInput) {
    control = document.createElement(input.style === 2 ? 'textarea' : 'input');
    if (input.style !== 2) control.type = 'text';
    else control.rows = 4;
    if (input.min_length) control.minLength = input.min_length;
    if (input.max_length) control.maxLength = input.max_length;
    if (input.placeholder) control.placeholder = input.placeholder;
    if (input.value) control.value = input.value;
  } else if (input.type === ComponentType.StringSelect) {
    control = document.createElement('select');
    if ((input.max_values ?? 1) > 1) control.multiple = true;
    control.innerHTML = (control.multiple ? '' : `<option value="">${escapeHtml(input.placeholder ?? 'Choose…')}</option>`) +
      (input.options ?? []).map((o) => `<option value="${escapeHtml(o.value)}"${o.default ? ' selected' : ''}>${escapeHtml(o.label)}</option>`).join('');
  } else {
    return null;
  }
  control.id = id;
  control.name = input.custom_id;
  control.dataset.customId = input.custom_id;
  control.dataset.componentType = String(input.type);
  control.required = required;
  if (description) control.setAttribute('aria-describedby', `${id}-hint`);
  wrap.append(control);
  return wrap;
}

function collect(fields) {
  return [...fields.querySelectorAll('[data-custom-id]')].map((control) => {
    const type = Number(control.dataset.componentType);
    if (control instanceof HTMLSelectElement) {
      return { customId: control.dataset.customId, type, values: [...control.selectedOptions].map((o) => o.value).filter((v) => v !== '') };
    }
    return { customId: control.dataset.customId, type, value: control.value };
  });
}
