// Shows a message's HTML (already sanitized by the server) by rebuilding it from an allow-list of
// elements: nothing but these tags, and only http/https/mailto links, can reach the page.

const ALLOWED = new Set(['B', 'I', 'U', 'EM', 'STRONG', 'S', 'CODE', 'PRE', 'BR', 'P', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'A']);
const LINK = /^(https?:|mailto:)/i;

export function richText(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  copy(parsed.body, out);
  return out;
}

function copy(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (!ALLOWED.has(node.tagName)) {
        if (node.tagName !== 'SCRIPT' && node.tagName !== 'STYLE') copy(node, to);
        continue;
      }
      const el = document.createElement(node.tagName);
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') || '';
        if (LINK.test(href.trim())) {
          el.setAttribute('href', href.trim());
          el.setAttribute('rel', 'nofollow noopener noreferrer');
          el.setAttribute('target', '_blank');
        }
      }
      copy(node, el);
      to.append(el);
    }
  }
}

/** Emoticons typed as text drawn as emoji (the text stays as typed on the server). */
const EMOTICONS = { ':-)': '🙂', ':)': '🙂', ':-(': '🙁', ':(': '🙁', ';-)': '😉', ':-D': '😀', ':D': '😀', ':-P': '😛', '<3': '❤️' };
const EMOTICON_RE = /(:-\)|:\)|:-\(|:\(|;-\)|:-D|:D|:-P|<3)/g;

export function emoticons(fragment) {
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const t of texts) {
    if (EMOTICON_RE.test(t.data)) t.data = t.data.replace(EMOTICON_RE, (m) => EMOTICONS[m]);
    EMOTICON_RE.lastIndex = 0;
  }
  return fragment;
}
