import DOMPurify from "dompurify";
import { marked } from "marked";

// Links in model output open in a new tab without handing it this page (no opener, no referrer).
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName !== "A" || !node.getAttribute("href")) return;
  node.setAttribute("target", "_blank");
  node.setAttribute("rel", "noopener noreferrer");
});

/**
 * Model output as chat users expect it: Markdown (GitHub flavour: code blocks, tables, lists, links),
 * re-rendered as it streams. The HTML goes through DOMPurify, so raw HTML in a reply (an `<img onerror>`,
 * a `<script>`, a `javascript:` link) is never executed, only its harmless markup kept.
 */
export function markdownHtml(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } }).trim();
}

export function Markdown({ text }: { text: string }) {
  return <div class="text markdown" dangerouslySetInnerHTML={{ __html: markdownHtml(text) }} />;
}
