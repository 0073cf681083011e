/** Ends every switch over a discriminated union: adding a variant becomes a type error here. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected variant: ${JSON.stringify(value)}`);
}
