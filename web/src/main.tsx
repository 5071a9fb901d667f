import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { AdminPage } from "./admin/AdminPage.tsx";
import { AgentsPage } from "./agents/AgentsPage.tsx";
import { apiKey, signIn, signOut } from "./api/auth.ts";
import { request } from "./api/client.ts";
import { errorText } from "./api/errors.ts";
import { ChatPage } from "./chat/ChatPage.tsx";
import { EnvironmentsPage } from "./environments/EnvironmentsPage.tsx";
import { ViewerDocument, type ViewerQuery } from "./generated/graphql.ts";
import { SchedulesPage } from "./schedules/SchedulesPage.tsx";
import "./styles.css";

export type Viewer = ViewerQuery["viewer"];

function SignIn({ onChange }: { onChange(): void }) {
  const [key, setKey] = useState("");
  if (apiKey())
    return (
      <button
        type="button"
        class="secondary"
        onClick={() => {
          signOut();
          onChange();
        }}
      >
        Sign out
      </button>
    );
  return (
    <form
      class="signin"
      onSubmit={(e) => {
        e.preventDefault();
        if (!key.trim()) return;
        signIn(key);
        setKey("");
        onChange();
      }}
    >
      <label for="api-key" class="sr-only">
        API key
      </label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        placeholder="Paste an API key"
        value={key}
        onInput={(e) => setKey(e.currentTarget.value)}
      />
      <button type="submit">Sign in</button>
    </form>
  );
}

/** The page is picked from the path: `/admin` the dashboard, `/agents`, `/sandboxes`, `/schedules`, else the chat. */
function App() {
  const path = location.pathname.replace(/\/+$/, "");
  const admin = path === "/admin";
  const schedules = path === "/schedules";
  const agents = path === "/agents";
  const sandboxes = path === "/sandboxes";
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState(0);
  useEffect(() => {
    setViewer(undefined);
    request(ViewerDocument)
      .then((d) => {
        setViewer(d.viewer);
        setError(null);
      })
      .catch((err) => {
        setViewer(null);
        setError(errorText(err));
      });
  }, [session]);
  return (
    <>
      <a class="skip" href="#content">
        Skip to content
      </a>
      <header class="top">
        <strong class="brand">Gemini Interactions</strong>
        <nav aria-label="Pages">
          <a href="/" aria-current={admin || schedules || agents || sandboxes ? undefined : "page"}>
            Chat
          </a>
          <a href="/agents" aria-current={agents ? "page" : undefined}>
            Agents
          </a>
          <a href="/sandboxes" aria-current={sandboxes ? "page" : undefined}>
            Sandboxes
          </a>
          <a href="/schedules" aria-current={schedules ? "page" : undefined}>
            Schedules
          </a>
          <a href="/admin" aria-current={admin ? "page" : undefined}>
            Admin
          </a>
          <a href="/graphql">GraphiQL</a>
        </nav>
        <span class="who" aria-live="polite">
          {viewer
            ? `${viewer.name}${viewer.role === "ADMIN" ? " (admin)" : ""}`
            : viewer === null
              ? "Not signed in"
              : ""}
        </span>
        <SignIn onChange={() => setSession((s) => s + 1)} />
      </header>
      <div id="content" key={session}>
        {error && (
          <p class="error banner" role="alert">
            {error}
          </p>
        )}
        {viewer === undefined ? (
          <p class="muted pad">Loading…</p>
        ) : viewer === null ? (
          <p class="pad" role="alert">
            Sign in with an API key to continue (without one, this server only serves its local user on this machine).
          </p>
        ) : admin ? (
          <AdminPage viewer={viewer} />
        ) : schedules ? (
          <SchedulesPage />
        ) : agents ? (
          <AgentsPage viewer={viewer} />
        ) : sandboxes ? (
          <EnvironmentsPage />
        ) : (
          <ChatPage />
        )}
      </div>
    </>
  );
}

render(<App />, document.getElementById("app") as HTMLElement);
