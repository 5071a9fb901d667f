import { z } from "zod";
import { defineFunction } from "./registry.ts";

/** Current date and time in an IANA time zone. */
export const currentTime = defineFunction({
  name: "current_time",
  description: "The current date and time in an IANA time zone, e.g. Europe/Paris",
  args: z.object({ timezone: z.string().describe("IANA time zone name, e.g. Europe/Paris") }),
  handler: ({ timezone }) => {
    // Throws RangeError for an unknown zone: the model gets it back as an is_error result.
    const format = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      dateStyle: "short",
      timeStyle: "long",
      hourCycle: "h23",
    });
    return { timezone, now: format.format(new Date()), iso: new Date().toISOString() };
  },
});

/** A lookup over the server's own data, for the user who asked. */
export const countConversations = defineFunction({
  name: "count_conversations",
  description: "How many conversations the current user has, optionally only those whose title contains a text",
  args: z.object({ titleContains: z.string().optional() }),
  handler: async ({ titleContains }, { ownerId, db }) => {
    const count = await db.conversation.count({
      where: { ownerId, ...(titleContains ? { title: { contains: titleContains, mode: "insensitive" } } : {}) },
    });
    return { count };
  },
});

/** The user's token usage so far, from the interactions the server stored. */
export const tokenUsage = defineFunction({
  name: "token_usage",
  description: "Total tokens the current user has used across all interactions",
  args: z.object({}),
  handler: async (_args, { ownerId, db }) => {
    const sum = await db.interaction.aggregate({
      where: { ownerId },
      _sum: { inputTokens: true, outputTokens: true, totalTokens: true },
    });
    return {
      inputTokens: sum._sum.inputTokens ?? 0,
      outputTokens: sum._sum.outputTokens ?? 0,
      totalTokens: sum._sum.totalTokens ?? 0,
    };
  },
});

export const builtinFunctions = [currentTime, countConversations, tokenUsage];
