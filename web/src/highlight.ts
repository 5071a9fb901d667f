import type { HLJSApi } from "highlight.js";
import { useEffect, useState } from "preact/hooks";

let hljs: HLJSApi | undefined;
let loading: Promise<void> | undefined;

/** Loads the highlighter chunk once; resolves when code blocks can be highlighted. */
function loadHighlighter(): Promise<void> {
  loading ??= import("./highlighter.ts").then((m) => {
    hljs = m.default;
  });
  return loading;
}

/**
 * Whether code blocks can be highlighted yet: a component whose text has a fence asks for the
 * highlighter and renders again once it is there (until then its blocks show as plain code).
 */
export function useHighlighter(text: string): boolean {
  const [ready, setReady] = useState(Boolean(hljs));
  const wanted = !ready && text.includes("```");
  useEffect(() => {
    if (wanted) void loadHighlighter().then(() => setReady(true));
  }, [wanted]);
  return ready;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * A fenced code block as HTML: highlighted when its info string names a known language (`ts`, `sh`,
 * `html`... through each language's aliases) and the highlighter is loaded, else as plain escaped
 * text. The markup is escaped text in `<span class="hljs-…">` only, and is sanitized with the rest of
 * the reply anyway. Re-run on every delta while a reply streams: an unclosed fence highlights what
 * has arrived so far.
 */
export function codeBlockHtml(code: string, info: string | undefined): string {
  const lang = (info ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const known = lang && /^[\w#+.-]+$/.test(lang) && hljs?.getLanguage(lang) ? lang : "";
  const body = hljs && known ? hljs.highlight(code, { language: known, ignoreIllegals: true }).value : escapeHtml(code);
  const cls = known ? ` class="hljs language-${known}"` : "";
  return `<pre><code${cls}>${body}\n</code></pre>\n`;
}
