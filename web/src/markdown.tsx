import DOMPurify from "dompurify";
import { Marked } from "marked";
import { useLayoutEffect, useRef } from "preact/hooks";
import { codeBlockHtml, useHighlighter } from "./highlight.ts";

// Links in model output open in a new tab without handing it this page (no opener, no referrer).
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName !== "A" || !node.getAttribute("href")) return;
  node.setAttribute("target", "_blank");
  node.setAttribute("rel", "noopener noreferrer");
});

// This page's own instance: code blocks come out highlighted by language.
const markdown = new Marked({ gfm: true, renderer: { code: ({ text, lang }) => codeBlockHtml(text, lang) } });

/**
 * Model output as chat users expect it: Markdown (GitHub flavour: code blocks highlighted, tables, lists,
 * links), re-rendered as it streams. The HTML goes through DOMPurify, so raw HTML in a reply (an
 * `<img onerror>`, a `<script>`, a `javascript:` link) is never executed, only its harmless markup kept.
 */
export function markdownHtml(text: string): string {
  const html = markdown.parse(text, { async: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } }).trim();
}

export function Markdown({ text }: { text: string }) {
  const root = useRef<HTMLDivElement>(null);
  const highlighted = useHighlighter(text);
  // A rendering that changed the HTML replaced it: its code blocks get their button again, before paint.
  useLayoutEffect(() => {
    for (const pre of root.current?.querySelectorAll("pre") ?? [])
      if (!pre.querySelector(":scope > .copy")) pre.append(copyButton(pre));
  }, [text, highlighted]);
  return <div ref={root} class="text markdown" dangerouslySetInnerHTML={{ __html: markdownHtml(text) }} />;
}

/** A code block's Copy button: the code's text to the clipboard, and the outcome in its label. */
function copyButton(pre: HTMLPreElement): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = "Copy";
  button.addEventListener("click", () => {
    const code = pre.querySelector("code")?.textContent ?? "";
    navigator.clipboard.writeText(code).then(
      () => {
        button.textContent = "Copied";
      },
      () => {
        button.textContent = "Copy failed";
      },
    );
  });
  return button;
}
