/**
 * Runs `load` with `TIMELINE_FILE` set, as it must be while Vite loads a config that reads it (the project's, the
 * studio's), and puts the environment back afterwards.
 */
export async function withTimelineFile<T>(file: string, load: () => Promise<T>): Promise<T> {
  const previous = process.env.TIMELINE_FILE;
  process.env.TIMELINE_FILE = file;
  try {
    return await load();
  } finally {
    if (previous === undefined) delete process.env.TIMELINE_FILE;
    else process.env.TIMELINE_FILE = previous;
  }
}
