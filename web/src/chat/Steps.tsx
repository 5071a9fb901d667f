import type { ComponentChildren } from "preact";
import type { ContentFieldsFragment } from "../generated/graphql.ts";
import { Markdown } from "../markdown.tsx";
import { MediaImage } from "../media.tsx";
import { outputText, type StepView } from "./turn.ts";

const pretty = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

/** Links out of a search result: objects with a url (and maybe a title), or anchors in HTML suggestions. */
export function links(result: unknown): { url: string; title: string }[] {
  const found: { url: string; title: string }[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 5 || found.length >= 20 || !v) return;
    if (typeof v === "string") {
      for (const m of v.matchAll(/<a\s[^>]*href="(https?:\/\/[^"]+)"[^>]*>([^<]*)<\/a>/g)) {
        found.push({ url: m[1] as string, title: (m[2] as string).trim() || (m[1] as string) });
      }
      return;
    }
    if (typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const url = o.url ?? o.uri;
    if (typeof url === "string" && /^https?:\/\//.test(url)) {
      found.push({ url, title: typeof o.title === "string" ? o.title : url });
      return;
    }
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(result, 0);
  return found.filter((l, i) => found.findIndex((x) => x.url === l.url) === i);
}

function LinkList({ items }: { items: { url: string; title: string }[] }) {
  return (
    <ul class="links">
      {items.map((l) => (
        <li key={l.url}>
          <a href={l.url} target="_blank" rel="noopener noreferrer">
            {l.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function ContentView({ content }: { content: readonly ContentFieldsFragment[] }) {
  return (
    <>
      {content.map((c, i) => {
        switch (c.__typename) {
          case "TextContent":
            return c.text ? (
              <p key={i} class="text">
                {c.text}
              </p>
            ) : null;
          case "ImageContent":
            return <MediaImage key={i} url={c.url} alt="Image" />;
          default:
            return (
              <p key={i} class="muted">
                {c.__typename.replace("Content", "")} ({c.mimeType ?? "unknown type"})
              </p>
            );
        }
      })}
    </>
  );
}

function Tool({ title, children, error }: { title: string; children: ComponentChildren; error?: boolean }) {
  return (
    <details class={`tool${error ? " tool-error" : ""}`} open>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** One step, readable: answers as text, tools as what they did and what came back. */
export function StepBlock({ view }: { view: StepView }) {
  const s = view.step;
  switch (s.__typename) {
    case "ModelOutputStep": {
      // Citations (url_citation annotations) become the answer's sources.
      const sources = links(s.content.map((c) => (c.__typename === "TextContent" ? c.annotations : null)));
      return (
        <div class="output">
          {s.content
            .filter((c) => c.__typename !== "TextContent")
            .map((c, i) => (
              <ContentView key={i} content={[c]} />
            ))}
          {outputText(view) && <Markdown text={outputText(view)} />}
          {view.images.map((img) => (
            <MediaImage key={img.url} url={img.url} alt="Generated image" />
          ))}
          {sources.length > 0 && (
            <div class="sources">
              <h4>Sources</h4>
              <LinkList items={sources} />
            </div>
          )}
        </div>
      );
    }
    case "ThoughtStep": {
      const text = s.summary.map((c) => (c.__typename === "TextContent" ? c.text : "")).join("") + view.thought;
      return text ? (
        <details class="thought">
          <summary>Thinking</summary>
          <p class="text">{text}</p>
        </details>
      ) : null;
    }
    case "FunctionCallStep":
      return (
        <Tool title={`Function call: ${s.name}`}>
          <pre>{view.args || pretty(s.arguments)}</pre>
        </Tool>
      );
    case "FunctionResultStep":
      return (
        <Tool title={`Function result${s.resultName ? `: ${s.resultName}` : ""}`} error={s.isError}>
          <pre>{pretty(s.result)}</pre>
        </Tool>
      );
    case "GoogleSearchCallStep":
      return (
        <Tool title="Web search">
          <ul>
            {s.queries.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </Tool>
      );
    case "GoogleSearchResultStep":
    case "UrlContextResultStep":
    case "GoogleMapsResultStep":
    case "FileSearchResultStep": {
      const found = links(s.result);
      const title = {
        GoogleSearchResultStep: "Search results",
        UrlContextResultStep: "Fetched pages",
        GoogleMapsResultStep: "Places",
        FileSearchResultStep: "File search results",
      }[s.__typename];
      return (
        <Tool title={title} error={s.isError}>
          {found.length ? <LinkList items={found} /> : <pre>{pretty(s.result)}</pre>}
        </Tool>
      );
    }
    case "CodeExecutionCallStep":
      return (
        <Tool title={`Code (${s.language ?? "code"})`}>
          <pre>
            <code>{s.code}</code>
          </pre>
        </Tool>
      );
    case "CodeExecutionResultStep":
      return (
        <Tool title="Code output" error={s.isError}>
          <pre>{s.output}</pre>
        </Tool>
      );
    case "UrlContextCallStep":
      return (
        <Tool title="Reading pages">
          <ul>
            {s.urls.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </Tool>
      );
    case "GoogleMapsCallStep":
      return (
        <Tool title="Maps lookup">
          <ul>
            {s.queries.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </Tool>
      );
    case "McpServerToolCallStep":
      return (
        <Tool title={`Tool call: ${s.serverName ? `${s.serverName} / ` : ""}${s.toolName}`}>
          <pre>{pretty(s.arguments)}</pre>
        </Tool>
      );
    case "McpServerToolResultStep":
      return (
        <Tool title={`Tool result${s.toolResultName ? `: ${s.toolResultName}` : ""}`}>
          <pre>{pretty(s.result)}</pre>
        </Tool>
      );
    case "UserInputStep":
    case "FileSearchCallStep":
      return null;
    case "OtherStep":
      return (
        <Tool title={`Step: ${s.type}`}>
          <pre>{pretty(s.data)}</pre>
        </Tool>
      );
  }
}
