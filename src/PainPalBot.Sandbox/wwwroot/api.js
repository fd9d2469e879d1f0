// The page's only door to the sandbox: the JSON API documented in src/PainPalBot.Sandbox/README.md.

const base = new URL('sandbox/api/', document.baseURI);

/** An API call the sandbox refused; `message` is the sentence to show the person. */
export class SandboxError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// Every refusal carries one sentence for the person (a missing key says where to find it).
async function read(response) {
  const text = await response.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    // Not the API's JSON; the status says enough.
  }
  if (!response.ok) throw new SandboxError(json.error ?? `The sandbox answered ${response.status}.`, response.status);
  return json;
}

async function post(path, body) {
  return read(await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }));
}

export const api = {
  state: async () => read(await fetch(new URL('state', base))),
  command: (userId, channelId, name, options) => post('command', { userId, channelId, name, options }),
  autocomplete: (userId, channelId, name, options) => post('autocomplete', { userId, channelId, name, options }),
  component: (userId, messageId, customId, componentType, values) =>
    post('component', { userId, messageId, customId, componentType, values }),
  messageCommand: (userId, messageId, name) => post('message-command', { userId, messageId, name }),
  modal: (userId, channelId, customId, fields, messageId) => post('modal', { userId, channelId, customId, fields, messageId }),
  message: (userId, channelId, content) => post('message', { userId, channelId, content }),
  clock: (advanceMinutes) => post('clock', { advanceMinutes }),
  moderator: (userId, on) => post('moderator', { userId, on }),
};

/**
 * Listens to the sandbox's server-sent events; EventSource reconnects by itself,
 * and `onOpen` runs after every (re)connect so the page can reload the state it may have missed.
 */
export function listen(handlers) {
  const source = new EventSource(new URL('events', base));
  source.addEventListener('open', () => handlers.open?.());
  source.addEventListener('error', () => handlers.error?.());
  for (const type of ['message', 'delete', 'modal', 'commands', 'clock', 'users']) {
    source.addEventListener(type, (event) => handlers[type]?.(JSON.parse(event.data)));
  }
  return source;
}
