import { useEffect, useState } from "preact/hooks";
import { Notices } from "../admin/Notices.tsx";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  WebEnvironmentFilesDocument,
  type WebEnvironmentFilesQuery,
  WebEnvironmentsDocument,
  type WebEnvironmentsQuery,
} from "../generated/graphql.ts";

type Sandbox = WebEnvironmentsQuery["environments"][number];
type File = NonNullable<WebEnvironmentFilesQuery["environment"]>["files"]["edges"][number]["node"];

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;

/** One sandbox's files: images previewed, every file a download through its signed URL. */
function Files({ id }: { id: string }) {
  const [files, setFiles] = useState<File[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(WebEnvironmentFilesDocument, { id })
      .then((d) => setFiles(d.environment?.files.edges.map((e) => e.node) ?? []))
      .catch((err) => setError(errorText(err)));
  }, [id]);
  if (error) return <Notices error={error} />;
  if (!files) return <p class="muted">Loading…</p>;
  if (!files.length) return <p class="muted">No files.</p>;
  return (
    <ul class="files">
      {files.map((f) => (
        <li key={f.path} data-file={f.path}>
          <a href={f.url} download={f.path.split("/").at(-1)}>
            {f.path}
          </a>{" "}
          <span class="muted">{kb(f.sizeBytes)}</span>
          {f.mimeType?.startsWith("image/") && <img src={f.url} alt={`Preview of ${f.path}`} loading="lazy" />}
        </li>
      ))}
    </ul>
  );
}

/** The sandboxes the viewer's agent runs worked in (admins: all), with the files each left. */
export function EnvironmentsPage() {
  const [sandboxes, setSandboxes] = useState<Sandbox[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(WebEnvironmentsDocument)
      .then((d) => setSandboxes(d.environments))
      .catch((err) => setError(errorText(err)));
  }, []);
  return (
    <main class="pad">
      <h1>Sandboxes</h1>
      <Notices error={error} />
      {sandboxes && !sandboxes.length && <p class="muted">No agent run has used a sandbox yet.</p>}
      {sandboxes?.map((s) => (
        <article key={s.id} class="card" data-environment={s.id}>
          <h2>
            <code>{s.id}</code>
          </h2>
          <p>
            {s.status} · {s.fileCount} files · {kb(s.sizeBytes)}
          </p>
          <button type="button" class="secondary" onClick={() => setOpen(open === s.id ? null : s.id)}>
            {open === s.id ? "Hide files" : "Files"}
          </button>
          {open === s.id && <Files id={s.id} />}
        </article>
      ))}
    </main>
  );
}
