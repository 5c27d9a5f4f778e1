type Schema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[]; $schema?: string };

const ID = { description: "the line's id: the input object's id, else its line number (1-based)", type: ["string", "number", "integer", "boolean", "null", "object", "array"] };

/**
 * The JSON Schema of one output line: `--ndjson` gives the record with `input` (the input's path);
 * `--lines` gives the record with `id`, or `{id, error}` for a line that could not be parsed.
 */
export function lineSchema(record: Schema, mode: "ndjson" | "lines"): Schema {
  const { $schema, ...body } = record;
  const withKey = (key: string, schema: unknown): Schema => ({
    ...body,
    properties: { [key]: schema, ...(body.properties ?? {}) },
    required: [key, ...(body.required ?? [])],
  });
  if (mode === "ndjson") {
    return { $schema, title: "jobparse --ndjson line", ...withKey("input", { description: "the input's path as named or found under a folder; '-' for stdin", type: "string" }) };
  }
  return {
    $schema,
    title: "jobparse --lines output line",
    oneOf: [
      withKey("id", ID),
      {
        type: "object",
        description: "a line that could not be parsed; the stream goes on",
        properties: { id: ID, error: { type: "string", description: "one line saying why" } },
        required: ["id", "error"],
        additionalProperties: false,
      },
    ],
  };
}
