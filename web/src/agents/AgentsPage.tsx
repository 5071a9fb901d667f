import { useCallback, useEffect, useState } from "preact/hooks";
import { Notices } from "../admin/Notices.tsx";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  WebAgentsDocument,
  type WebAgentsQuery,
  WebCreateAgentDocument,
  WebDeleteAgentDocument,
} from "../generated/graphql.ts";
import type { Viewer } from "../main.tsx";

type Agent = WebAgentsQuery["agents"][number];

function CreateForm({ builtIn, admin, onCreated }: { builtIn: Agent[]; admin: boolean; onCreated(): void }) {
  const [name, setName] = useState("");
  const [baseAgent, setBaseAgent] = useState("");
  const [description, setDescription] = useState("");
  const [systemInstruction, setSystemInstruction] = useState("");
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await request(WebCreateAgentDocument, {
        input: {
          name,
          baseAgent: baseAgent || builtIn[0]?.id || "",
          description: description || null,
          systemInstruction: systemInstruction || null,
          ...(admin ? { shared } : {}),
        },
      });
      setError(null);
      setName("");
      setDescription("");
      setSystemInstruction("");
      onCreated();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <form class="stack" onSubmit={submit} aria-labelledby="new-agent">
      <h2 id="new-agent">New custom agent</h2>
      <label>
        Name <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Base agent{" "}
        <select value={baseAgent} onChange={(e) => setBaseAgent(e.currentTarget.value)}>
          {builtIn.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Description <input value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      <label>
        System instruction{" "}
        <textarea value={systemInstruction} onInput={(e) => setSystemInstruction(e.currentTarget.value)} />
      </label>
      {admin && (
        <label>
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} /> Share with
          every user
        </label>
      )}
      <Notices error={error} />
      <button type="submit">Create agent</button>
    </form>
  );
}

/** The built-in agents and the custom ones the viewer may run; create (admins: share) and delete your own. */
export function AgentsPage({ viewer }: { viewer: NonNullable<Viewer> }) {
  const [agents, setAgents] = useState<Agent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    request(WebAgentsDocument)
      .then((d) => setAgents(d.agents))
      .catch((err) => setError(errorText(err)));
  }, []);
  useEffect(load, [load]);
  const admin = viewer.role === "ADMIN";
  async function remove(a: Agent) {
    try {
      await request(WebDeleteAgentDocument, { id: a.id });
      setNotice(`${a.name} deleted.`);
      setError(null);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <main class="pad">
      <h1>Agents</h1>
      <section aria-labelledby="agents-title">
        <h2 id="agents-title">Agents you can run</h2>
        <Notices error={error} notice={notice} />
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Id</th>
                <th scope="col">Base agent</th>
                <th scope="col">Kind</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.id} data-agent={a.id}>
                  <th scope="row">{a.name}</th>
                  <td>
                    <code>{a.id}</code>
                  </td>
                  <td>{a.baseAgent}</td>
                  <td>
                    {a.builtIn ? "built-in" : a.shared ? `shared by ${a.owner?.name ?? ""}` : "yours"}
                    {a.backgroundOnly ? " · background only" : ""}
                  </td>
                  <td>
                    {!a.builtIn && (admin || a.owner?.id === viewer.id) && (
                      <button type="button" class="secondary" onClick={() => remove(a)} aria-label={`Delete ${a.name}`}>
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <CreateForm builtIn={agents.filter((a) => a.builtIn)} admin={admin} onCreated={load} />
    </main>
  );
}
