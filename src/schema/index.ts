import { lexicographicSortSchema } from "graphql";
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./node.ts";
import "./content.ts";
import "./steps.ts";
import "./user.ts";
import "./apikey.ts";
import "./audit.ts";
import "./quota.ts";
import "./interaction.ts";
import "./conversation.ts";
import "./job.ts";
import "./tools.ts";
import "./usage.ts";
import "./file.ts";
import "./events.ts";

export const schema = lexicographicSortSchema(builder.toSchema());
