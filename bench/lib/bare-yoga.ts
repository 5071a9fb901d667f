// The baseline for per-request cost: Yoga with nothing behind it, on the same
// machine, answering the same two operations the gateway is measured with.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";

const yoga = createYoga({
  schema: createSchema({
    typeDefs: "type User { id: ID! } type Query { viewer: User }",
    resolvers: { Query: { viewer: () => ({ id: "local" }) } },
  }),
  logging: false,
  graphiql: false,
});
const server = createServer(async (req, res) => {
  if (req.url === "/healthz") return void res.writeHead(200).end("ok");
  return yoga(req, res);
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`bare yoga on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
