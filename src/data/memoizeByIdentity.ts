/**
 * `compute`, worked out once per input object and kept while the input lives. For derived facts of the frozen
 * timeline's arrays (placements, story order, extent) that several parts of the page ask of the same array on
 * one render: at 10,000 events each repeat was several milliseconds of the first render.
 */
export function memoizeByIdentity<Input extends object, Output>(
  compute: (input: Input) => Output,
): (input: Input) => Output {
  const known = new WeakMap<Input, Output>();
  return (input) => {
    if (known.has(input)) return known.get(input) as Output;
    const output = compute(input);
    known.set(input, output);
    return output;
  };
}
