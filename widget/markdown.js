// Safe rendering of the assistant's text: DOM nodes built by hand, never innerHTML. A small markdown subset:
// **bold**, lists ("- " or "* " lines), line breaks, [links](https://...) and bare https:// addresses.
// Links only to https:, mailto: and tel:, opened in a new tab without opener or referrer; anything else,
// HTML included, stays visible as plain text.
const SAFE_PROTOCOLS = new Set(["https:", "mailto:", "tel:"]);
const INLINE = /\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|(https:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;
const LIST_ITEM = /^\s*[-*]\s+(.*)$/;

export function safeUrl(raw) {
  try {
    const url = new URL(raw);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function link(text, href) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  if (!href.startsWith("tel:") && !href.startsWith("mailto:")) {
    a.target = "_blank";
  }
  a.rel = "noopener noreferrer";
  return a;
}

function inline(parent, text) {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, label, href, bare] = match;
    let node = null;
    if (bold !== undefined) {
      node = document.createElement("strong");
      node.textContent = bold;
    } else if (label !== undefined) {
      const url = safeUrl(href);
      node = url ? link(label, url) : null; // an unsafe link stays as its plain text
    } else if (bare !== undefined) {
      const url = safeUrl(bare);
      node = url ? link(bare, url) : null;
    }
    if (!node) continue;
    parent.append(document.createTextNode(text.slice(last, match.index)), node);
    last = match.index + whole.length;
  }
  parent.append(document.createTextNode(text.slice(last)));
}

// Returns a DocumentFragment of <p> and <ul> elements for one message.
export function renderMarkdown(text) {
  const fragment = document.createDocumentFragment();
  let paragraph = null;
  let list = null;
  for (const line of String(text ?? "").split(/\r?\n/)) {
    const item = line.match(LIST_ITEM);
    if (item) {
      paragraph = null;
      if (!list) {
        list = document.createElement("ul");
        fragment.append(list);
      }
      const li = document.createElement("li");
      inline(li, item[1]);
      list.append(li);
    } else if (line.trim() === "") {
      paragraph = null;
      list = null;
    } else {
      list = null;
      if (paragraph) {
        paragraph.append(document.createElement("br"));
      } else {
        paragraph = document.createElement("p");
        fragment.append(paragraph);
      }
      inline(paragraph, line);
    }
  }
  return fragment;
}
