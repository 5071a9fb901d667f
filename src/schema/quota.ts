import { builder } from "../builder.ts";
import * as quota from "../resolvers/quota.ts";
import { fromRow } from "../resolvers/viewer.ts";
import { User } from "./user.ts";

const Quota = builder.objectRef<quota.QuotaView>("Quota").implement({
  description: "The limits that apply to a user now; 0 means no limit. Refusals answer QUOTA_EXCEEDED",
  fields: (t) => ({
    requestsPerMinute: t.exposeInt("requestsPerMinute", { description: "Turns started per minute" }),
    tokensPerDay: t.exposeInt("tokensPerDay", {
      description: "Tokens per UTC day (reserved before a run, settled after)",
    }),
    tokensPerMonth: t.exposeInt("tokensPerMonth", { description: "Tokens per UTC month" }),
    concurrentRuns: t.exposeInt("concurrentRuns", {
      description: "Runs in progress at once, background jobs included",
    }),
    overridden: t.stringList({
      description: "The limits set for this user by an admin; the others are the server's defaults",
      resolve: (q) => q.overridden,
    }),
  }),
});

builder.objectField(User, "quota", (t) =>
  t.field({
    type: Quota,
    description: "This user's limits (the user themself, or an admin)",
    resolve: (u, _a, ctx) => fromRow(ctx, u, (r) => quota.quotaOf(ctx, r)),
  }),
);

const SetUserQuotaInput = builder.inputType("SetUserQuotaInput", {
  description: "Per-user limits: a field left out keeps its current value, null returns to the default, 0 is no limit",
  fields: (t) => ({
    requestsPerMinute: t.int(),
    tokensPerDay: t.int(),
    tokensPerMonth: t.int(),
    concurrentRuns: t.int(),
  }),
});

builder.mutationField("setUserQuota", (t) =>
  t.field({
    type: User,
    description: "Overrides a user's quota (admins); recorded in the audit log",
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }), input: t.arg({ type: SetUserQuotaInput, required: true }) },
    resolve: (_r, args, ctx) => quota.setUserQuota(ctx, String(args.userId), args.input),
  }),
);
