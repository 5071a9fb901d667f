import type DataLoader from "dataloader";
import type { Viewer } from "./engine/access/policy.ts";
import type { Engine } from "./engine/index.ts";
import type { Conversation, Interaction, Job, User } from "./generated/prisma/client.ts";
import type { Config } from "./infra/config.ts";
import type { Db } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";

export type { Viewer } from "./engine/access/policy.ts";

/** Per-request loaders: one query per kind of row per tick, whatever the selection. */
export interface Loaders {
  interaction: DataLoader<string, Interaction | null>;
  childrenOf: DataLoader<string, Interaction[]>;
  conversation: DataLoader<string, Conversation | null>;
  /** Every interaction of a conversation, all branches. */
  conversationInteractions: DataLoader<string, Interaction[]>;
  job: DataLoader<string, Job | null>;
  /** The job of a background interaction, by interaction id. */
  jobOf: DataLoader<string, Job | null>;
  user: DataLoader<string, User | null>;
  /** All-time usage per user id (the admin users list). */
  usageTotals: DataLoader<string, UsageTotals>;
}

export interface UsageTotals {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  thoughtTokens: number;
  cachedTokens: number;
  totalTokens: number;
}

/** Builds the absolute, signed URLs a browser can use, for one viewer (see resolvers/files.ts). */
export interface MediaUrls {
  /** A stored File. */
  file(id: string): string;
  /** Any path this server serves media at (e.g. /media/<interaction>/steps/0/1). */
  path(path: string): string;
}

/** A fresh object per request (and per WebSocket operation). */
export interface Context {
  viewer: Viewer | null;
  db: Db;
  engine: Engine;
  config: Config;
  logger: Logger;
  loaders: Loaders;
  /** Absolute, signed media URLs for this viewer. */
  media: MediaUrls;
}
