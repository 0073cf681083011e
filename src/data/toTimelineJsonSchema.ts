import { z } from 'zod';
import { TimelineSchema } from './schema.ts';

/** The JSON Schema that `timeline.json` names in `$schema`, generated from the same Zod schema that validates it. */
export function toTimelineJsonSchema(): string {
  const schema = z.toJSONSchema(TimelineSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Timeline of a news report' }, null, 2)}\n`;
}
