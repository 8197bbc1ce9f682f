// The message composer: rich text (bold, italic, underline, code, lists, links) in an editable
// box, Enter sends and Shift+Enter starts a new line, files and pasted images are uploaded.

import { h } from './dom.js';

const TYPING_REPEAT_MS = 3000;
const TYPING_STOP_MS = 4000;

export class Composer {
  constructor(chats) {
    this.chats = chats;
    this.editor = h('div', { id: 'composer', class: 'editor', contenteditable: 'true', role: 'textbox',
      'aria-multiline': 'true', 'aria-label': 'Message', 'data-placeholder': 'Write a message' });
    this.fileInput = h('input', { type: 'file', id: 'file-input', class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true',
      on: { change: () => { for (const f of this.fileInput.files) chats.upload(f); this.fileInput.value = ''; } } });
    const tool = (label, command, text, arg) => h('button', { type: 'button', class: 'tool', 'aria-label': label, title: label,
      on: { click: () => this.format(command, arg) } }, text);
    const toolbar = h('div', { class: 'toolbar-rt', role: 'toolbar', 'aria-label': 'Formatting' },
      tool('Bold', 'bold', h('b', {}, 'B')), tool('Italic', 'italic', h('i', {}, 'I')), tool('Underline', 'underline', h('u', {}, 'U')),
      tool('Strikethrough', 'strikeThrough', h('s', {}, 'S')), tool('Bulleted list', 'insertUnorderedList', '•'),
      h('button', { type: 'button', class: 'tool', 'aria-label': 'Link', title: 'Link', on: { click: () => this.link() } }, 'Link'),
      h('button', { type: 'button', class: 'tool', 'aria-label': 'Insert a smile', title: 'Smile :-)', on: { click: () => this.insert(':-)') } }, ':-)'),
      h('button', { type: 'button', class: 'tool', id: 'attach', 'aria-label': 'Send a file', title: 'Send a file', on: { click: () => this.fileInput.click() } }, 'File…'));
    const send = h('button', { type: 'submit', class: 'primary', id: 'send' }, 'Send');
    this.element = h('form', { class: 'composer', 'aria-label': 'Write a message', on: { submit: (e) => { e.preventDefault(); this.submit(); } } },
      toolbar, h('div', { class: 'compose-row' }, this.editor, send), this.fileInput);
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); this.submit(); }
    });
    this.editor.addEventListener('input', () => this.typed());
    this.editor.addEventListener('paste', (e) => this.paste(e));
    this.lastTyping = 0;
  }

  focus() {
    this.editor.focus();
  }

  format(command, arg) {
    this.editor.focus();
    document.execCommand(command, false, arg);
  }

  insert(text) {
    this.editor.focus();
    document.execCommand('insertText', false, text);
  }

  link() {
    const url = prompt('Link address (https://…)');
    if (url && /^(https?:|mailto:)/i.test(url.trim())) this.format('createLink', url.trim());
  }

  paste(e) {
    const files = [...(e.clipboardData?.files || [])];
    if (files.length) {
      e.preventDefault();
      files.forEach((f) => this.chats.upload(f));
      return;
    }
    // Pasted rich text from elsewhere keeps only its text; our own formatting tools add the rest.
    const text = e.clipboardData?.getData('text/plain');
    if (text !== undefined) {
      e.preventDefault();
      document.execCommand('insertText', false, text);
    }
  }

  typed() {
    const now = Date.now();
    if (now - this.lastTyping > TYPING_REPEAT_MS) {
      this.lastTyping = now;
      this.chats.typing(true);
    }
    clearTimeout(this.stop);
    this.stop = setTimeout(() => { this.lastTyping = 0; this.chats.typing(false); }, TYPING_STOP_MS);
  }

  submit() {
    // The browser's bold and italic tools write <b> and <i>; emphasis is sent as <strong> and <em>,
    // which screen readers announce.
    for (const [from, to] of [['b', 'strong'], ['i', 'em']]) {
      for (const el of this.editor.querySelectorAll(from)) {
        const semantic = document.createElement(to);
        semantic.append(...el.childNodes);
        el.replaceWith(semantic);
      }
    }
    const html = this.editor.innerHTML.trim();
    if (!this.editor.textContent.trim()) return;
    clearTimeout(this.stop);
    this.lastTyping = 0;
    this.editor.replaceChildren();
    this.chats.send(html, 'html');
  }
}
